# The layering test: each room's files include only headers of their own room
# and of the rooms below it (docs/architecture.md), so a dependency upward
# fails here with the file and line, before any reviewer has to notice it.
#
#   cmake -DSOURCE_DIR=... -DROOMS=<build>/rooms.txt "-DROOT_FILES=app/main.cpp" -P check_layering.cmake
#
# ROOMS is written at configure time from the rooms the CMake files declare
# (cmake/Rooms.cmake): one line per room, "name|folder|direct,...|below,...".
# PICTURE is docs/architecture.md: its diagram must show exactly the rooms and
# the arrows the CMake files declare, so the picture cannot go stale.
# ROOT_FILES are the composition roots, which may include every room (the one
# binary's main()). Every other source under app/ must belong to a room.
# widgets/ also starts no threads: it calls the session's services.
cmake_minimum_required(VERSION 3.25)

file(STRINGS ${ROOMS} room_lines)
set(room_names)
foreach(line IN LISTS room_lines)
    string(REPLACE "|" ";" fields "${line}")
    list(GET fields 0 name)
    list(GET fields 1 folder)
    list(GET fields 2 direct)
    list(GET fields 3 below)
    string(REPLACE "," ";" direct "${direct}")
    string(REPLACE "," ";" below "${below}")
    list(APPEND room_names ${name})
    set(folder_${name} ${folder})
    set(below_${name} ${below})
    foreach(d IN LISTS direct)
        list(APPEND declared_arrows "${name} --> ${d}")
    endforeach()
endforeach()
set(violations 0)

# The picture: the arrows of the ```mermaid block in docs/architecture.md.
if(PICTURE)
    file(STRINGS ${PICTURE} picture_lines)
    set(drawn_arrows)
    foreach(line IN LISTS picture_lines)
        if(line MATCHES "^[ \t]*([a-z_]+)[ \t]*-->[ \t]*([a-z_]+)[ \t]*$")
            list(APPEND drawn_arrows "${CMAKE_MATCH_1} --> ${CMAKE_MATCH_2}")
        endif()
    endforeach()
    foreach(arrow IN LISTS declared_arrows)
        if(NOT arrow IN_LIST drawn_arrows)
            message("${PICTURE}: the picture lacks \"${arrow}\", which the CMake files declare")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
    foreach(arrow IN LISTS drawn_arrows)
        if(NOT arrow IN_LIST declared_arrows)
            message("${PICTURE}: the picture draws \"${arrow}\", which no CMake file declares")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
endif()

# The room a project path (a file, or an #include's path) belongs to: the room
# whose folder is its longest prefix; empty when none.
function(room_of path out)
    set(best "")
    set(best_length 0)
    foreach(name IN LISTS room_names)
        string(LENGTH "${folder_${name}}/" length)
        string(SUBSTRING "${path}" 0 ${length} prefix)
        if(prefix STREQUAL "${folder_${name}}/" AND length GREATER best_length)
            set(best ${name})
            set(best_length ${length})
        endif()
    endforeach()
    set(${out} "${best}" PARENT_SCOPE)
endfunction()

set(checked 0)
foreach(name IN LISTS room_names)
    file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/${folder_${name}}/*.h
         ${SOURCE_DIR}/${folder_${name}}/*.cpp)
    foreach(file IN LISTS files)
        room_of(${file} owner)
        if(NOT owner STREQUAL name) # a deeper room's file
            continue()
        endif()
        math(EXPR checked "${checked} + 1")
        file(STRINGS ${SOURCE_DIR}/${file} lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">]")
                set(included ${CMAKE_MATCH_1})
                room_of(${included} target)
                if(target AND NOT target STREQUAL name AND NOT target IN_LIST below_${name})
                    message("${file}:${number}: includes ${included} (room ${target}), "
                            "which is not below room ${name} (it may use: ${below_${name}})")
                    math(EXPR violations "${violations} + 1")
                endif()
                if(name STREQUAL "widgets" AND included MATCHES "^(QtConcurrent|QThread|QThreadPool)")
                    message("${file}:${number}: includes ${included}: widgets start no threads; "
                            "call a service of app/session (or app/report) instead")
                    math(EXPR violations "${violations} + 1")
                endif()
            elseif(name STREQUAL "widgets" AND line MATCHES
                   "QtConcurrent::|QThreadPool::|QThread::create|new QThread|std::j?thread|std::async")
                message("${file}:${number}: starts work on another thread: widgets call the session's services")
                math(EXPR violations "${violations} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()

# Every source under app/ is in a room, or is a composition root.
file(GLOB_RECURSE app_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(file IN LISTS app_files)
    room_of(${file} owner)
    if(NOT owner AND NOT file IN_LIST ROOT_FILES)
        message("${file}: belongs to no room (put it in the folder of its subject, see docs/architecture.md)")
        math(EXPR violations "${violations} + 1")
    endif()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "layering: ${violations} violation(s) in ${checked} files")
endif()
list(LENGTH room_names room_count)
message(STATUS "layering: ${checked} files in ${room_count} rooms, every include points down")
