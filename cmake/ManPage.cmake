# Script mode (cmake -P): one man page, made by help2man from a command's own
# --help so that the two never drift.
#   PROGRAM  the mailtls-auditor (or mailtls-lab) binary
#   SUBCOMMAND  the subcommand ("audit"), or empty for the program itself
#   NAME     the page's name ("mailtls-auditor-audit")
#   SUMMARY  the NAME line when the program's command list has none
#   INCLUDES help2man include files, ";"-separated
#   OUTDIR   where NAME (a wrapper help2man runs) and NAME.1.gz go
#   HELP2MAN, GZIP, VERSION
set(first "${PROGRAM}")
if(NAME MATCHES "^mailtls-auditor")
    set(first "${PROGRAM} --lang en")
endif()
set(summary "${SUMMARY}")
if(NOT SUBCOMMAND STREQUAL "")
    # The one-line summary the program's own help gives the command.
    execute_process(COMMAND ${PROGRAM} --lang en --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
    if(rc EQUAL 0 AND top MATCHES "\n  ${SUBCOMMAND}  +([^\n]+)")
        set(summary "${CMAKE_MATCH_1}")
        string(TOLOWER "${summary}" lowered)
        string(SUBSTRING "${lowered}" 0 1 head)
        string(SUBSTRING "${summary}" 1 -1 tail)
        set(summary "${head}${tail}")
    endif()
    set(first "${first} ${SUBCOMMAND}")
endif()
set(wrapper "${OUTDIR}/${NAME}")
file(WRITE "${wrapper}" "#!/bin/sh\nexec ${first} \"$@\"\n")
file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
     WORLD_EXECUTE)
set(include_args)
foreach(i IN LISTS INCLUDES)
    list(APPEND include_args "--include=${i}")
endforeach()
# The store's default path shows from the user's home, not the builder's.
set(ENV{XDG_DATA_HOME} "~/.local/share")
set(ENV{XDG_CONFIG_HOME} "~/.config")
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1 "--version-string=${VERSION}"
                        "--source=MailTLS Auditor" "--name=${summary}" ${include_args}
                        "--output=${OUTDIR}/${NAME}.1" "${wrapper}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${NAME}")
endif()
execute_process(COMMAND ${GZIP} -9nf "${OUTDIR}/${NAME}.1" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${NAME}")
endif()
