# One INTERFACE target carries the language standard, the strict Qt defines and
# the warnings for every target of the project, so no target can drift.
add_library(mailtls_common INTERFACE)
target_compile_features(mailtls_common INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(mailtls_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED)

target_compile_options(mailtls_common INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2
    -Wimplicit-fallthrough -Wmissing-declarations -Wundef)

option(MAILTLS_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(MAILTLS_SANITIZE)
    target_compile_options(mailtls_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mailtls_common INTERFACE -fsanitize=address,undefined)
endif()

option(MAILTLS_FUZZ "Build the libFuzzer targets (clang only); instruments every library for coverage" OFF)
if(MAILTLS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MAILTLS_FUZZ needs clang: configure with CXX=clang++")
    endif()
    target_compile_options(mailtls_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                    -fno-omit-frame-pointer)
    target_link_options(mailtls_common INTERFACE -fsanitize=address,undefined)
endif()
