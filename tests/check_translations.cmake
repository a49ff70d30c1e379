cmake_policy(SET CMP0007 NEW)
# Fails when any translatable string in the sources lacks a finished
# translation in any .ts file: lupdate merges the current sources into a copy
# of each .ts, and the copy must have no unfinished or vanished entry.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${SOURCE_DIR}/${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}" ${SOURCES} -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${ts}: ${out}${err}")
        set(failed TRUE)
        continue()
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"(unfinished|vanished|obsolete)\"" bad "${content}")
    list(LENGTH bad count)
    if(count GREATER 0)
        message(SEND_ERROR "${ts}: ${count} string(s) without a finished translation; run "
                           "'cmake --build build --target update_translations' and translate:\n${bad}")
        set(failed TRUE)
    else()
        message(STATUS "${ts}: complete")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
