# The rooms of the architecture (docs/architecture.md): one folder and one
# static library per subject, each linking only the rooms below it.
#
#   mailtls_add_room(NAME FOLDER dir ROOMS below... QT modules... [LIBS ...] [PRIVATE_LIBS ...] SOURCES files...)
#
# creates mailtls_<NAME> from the sources of FOLDER, links the rooms it names
# (and, through them, theirs) and the Qt modules it uses, and records the room
# so that the build and the layering test (tests/check_layering.cmake) can
# check both its links and its #includes. ROOMS lists the rooms a room may use
# directly; what they may use, it may use too.
define_property(GLOBAL PROPERTY MAILTLS_ROOMS BRIEF_DOCS "rooms" FULL_DOCS "the rooms, bottom first")

function(mailtls_register_room name folder)
    set_property(GLOBAL APPEND PROPERTY MAILTLS_ROOMS ${name})
    set_property(GLOBAL PROPERTY MAILTLS_ROOM_${name}_FOLDER ${folder})
    set_property(GLOBAL PROPERTY MAILTLS_ROOM_${name}_BELOW ${ARGN})
endfunction()

function(mailtls_add_room name)
    cmake_parse_arguments(R "" "FOLDER" "ROOMS;QT;LIBS;PRIVATE_LIBS;SOURCES" ${ARGN})
    foreach(below IN LISTS R_ROOMS)
        get_property(known GLOBAL PROPERTY MAILTLS_ROOMS)
        if(NOT below IN_LIST known)
            message(FATAL_ERROR "room ${name} uses room ${below}, which is not below it (declare rooms bottom first)")
        endif()
    endforeach()
    add_library(mailtls_${name} STATIC ${R_SOURCES})
    target_include_directories(mailtls_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    set(qt_libs)
    foreach(module IN LISTS R_QT)
        list(APPEND qt_libs Qt6::${module})
    endforeach()
    list(TRANSFORM R_ROOMS PREPEND mailtls_ OUTPUT_VARIABLE room_libs)
    target_link_libraries(mailtls_${name} PUBLIC mailtls_common ${room_libs} ${qt_libs} ${R_LIBS}
                          PRIVATE ${R_PRIVATE_LIBS})
    mailtls_register_room(${name} ${R_FOLDER} ${R_ROOMS})
endfunction()

# Every room's rooms below it, directly or not (a room may include their headers).
function(mailtls_rooms_below name out)
    set(result)
    get_property(direct GLOBAL PROPERTY MAILTLS_ROOM_${name}_BELOW)
    foreach(below IN LISTS direct)
        list(APPEND result ${below})
        mailtls_rooms_below(${below} deeper)
        list(APPEND result ${deeper})
    endforeach()
    list(REMOVE_DUPLICATES result)
    set(${out} ${result} PARENT_SCOPE)
endfunction()

# Writes the table the layering test reads: one line per room,
# "name|folder|rooms it uses directly|every room below it".
function(mailtls_write_room_table file)
    get_property(rooms GLOBAL PROPERTY MAILTLS_ROOMS)
    set(text "")
    foreach(room IN LISTS rooms)
        get_property(folder GLOBAL PROPERTY MAILTLS_ROOM_${room}_FOLDER)
        get_property(direct GLOBAL PROPERTY MAILTLS_ROOM_${room}_BELOW)
        mailtls_rooms_below(${room} below)
        list(JOIN direct "," direct_text)
        list(JOIN below "," below_text)
        string(APPEND text "${room}|${folder}|${direct_text}|${below_text}\n")
    endforeach()
    file(WRITE ${file} "${text}")
endfunction()
