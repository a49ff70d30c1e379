# Installation and the Debian package (docs/packaging.md).
#
#   cmake --install build --prefix /usr     the files below
#   cmake --build build --target package    mailtls-auditor_VERSION_ARCH.deb (CPack)
#
# Installed: the two programs, the man pages (one per command, made by
# help2man from each command's own --help, so they never drift), the desktop
# entry, the icon in the hicolor theme (SVG and PNG sizes drawn by
# rsvg-convert), the AppStream metainfo, bash completion, the demo network and
# the Debian copyright and changelog. Translations, policy profiles and
# remediation data are compiled into the binary (Qt resources): nothing to
# find at run time.
include(GNUInstallDirs)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(app_id net.mailtls.Auditor)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS mailtls-auditor mailtls-lab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${desktop_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop_dir}/mailtls-auditor.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/mailtls-auditor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/resources/demo/demo-workspace.json ${PROJECT_SOURCE_DIR}/resources/demo/lab.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mailtls-auditor/demo)

# The nightly audit (docs/monitoring.md): a systemd service and timer per
# workspace, the system user they run as, a cron example for hosts without systemd.
set(systemd_dir ${PROJECT_SOURCE_DIR}/resources/systemd)
install(FILES ${systemd_dir}/mailtls-auditor-audit@.service ${systemd_dir}/mailtls-auditor-audit@.timer
        DESTINATION lib/systemd/system)
install(FILES ${systemd_dir}/mailtls-auditor.sysusers DESTINATION lib/sysusers.d RENAME mailtls-auditor.conf)
install(FILES ${systemd_dir}/mailtls-auditor.cron DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailtls-auditor/examples
        RENAME cron.d-mailtls-auditor)
install(FILES ${PROJECT_SOURCE_DIR}/docs/monitoring.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailtls-auditor)

set(packaging_out ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${packaging_out})

# 1. The icon's PNG sizes.
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(pngs)
    foreach(size 16 22 24 32 48 64 128 256)
        set(png ${packaging_out}/icons/${size}x${size}/mailtls-auditor.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${desktop_dir}/mailtls-auditor.svg
            DEPENDS ${desktop_dir}/mailtls-auditor.svg VERBATIM)
        list(APPEND pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(mailtls_icons ALL DEPENDS ${pngs})
else()
    message(WARNING "rsvg-convert not found (librsvg2-bin): the icon is installed as SVG only")
endif()

# 2. The man pages: the program, each command, the lab (cmake/ManPage.cmake).
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(HELP2MAN AND GZIP)
    set(man_src ${PROJECT_SOURCE_DIR}/docs/man)
    set(commands probe receiver inventory audit runs discover domain import findings profiles checklist accept path tls-rpt
                 report)
    set(pages)
    foreach(page mailtls-auditor mailtls-lab ${commands})
        set(program $<TARGET_FILE:mailtls-auditor>)
        set(command ${page})
        set(name mailtls-auditor-${page})
        set(summary "")
        if(page STREQUAL "mailtls-auditor")
            set(command "")
            set(name mailtls-auditor)
            set(summary "audit the TLS of an organisation's mail paths")
        elseif(page STREQUAL "mailtls-lab")
            set(program $<TARGET_FILE:mailtls-lab>)
            set(command "")
            set(name mailtls-lab)
            set(summary "real mail servers on loopback for MailTLS Auditor's demo and tests")
        endif()
        set(includes ${man_src}/common.h2m)
        if(EXISTS ${man_src}/${page}.h2m)
            list(APPEND includes ${man_src}/${page}.h2m)
        endif()
        string(REPLACE ";" "\\;" includes_arg "${includes}")
        set(out ${packaging_out}/man/${name}.1.gz)
        add_custom_command(OUTPUT ${out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/man
            COMMAND ${CMAKE_COMMAND} -DPROGRAM=${program} -DSUBCOMMAND=${command} -DNAME=${name} -DSUMMARY=${summary}
                    -DINCLUDES=${includes_arg} -DOUTDIR=${packaging_out}/man -DHELP2MAN=${HELP2MAN} -DGZIP=${GZIP}
                    -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
            DEPENDS mailtls-auditor mailtls-lab ${includes} ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
            VERBATIM)
        list(APPEND pages ${out})
        install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    add_custom_target(mailtls_man ALL DEPENDS ${pages})
else()
    message(WARNING "help2man or gzip not found: no man pages")
endif()

# 3. Debian's copyright and changelog, in the package's doc folder.
set(changelog ${packaging_out}/changelog.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND ${GZIP} -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${changelog}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(mailtls_changelog ALL DEPENDS ${changelog})
install(FILES ${changelog} ${PROJECT_SOURCE_DIR}/resources/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailtls-auditor)

# 4. The package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mailtls-auditor)
set(CPACK_PACKAGE_VENDOR "The MailTLS Auditor maintainers")
set(CPACK_PACKAGE_CONTACT "The MailTLS Auditor maintainers <maintainers@mailtls-auditor.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "audit the TLS of an organisation's mail paths")
# The extended description (CPack indents each line; the synopsis is the summary above).
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "MailTLS Auditor inventories an organisation's mail hosts, probes every MTA\n"
    "hop, internal link and user access for real (STARTTLS, every TLS version\n"
    "and cipher suite, certificates, cleartext passwords), draws the path map,\n"
    "checks MTA-STS, TLS-RPT and DANE, and turns the findings into remediation\n"
    "checklists and compliance reports in English and Japanese, against the\n"
    "M3AAWG recommendations and other profiles (BSI, NIST, Mozilla, RFC 9325).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The lab's servers and the fonts of Japanese reports are wanted, not needed.
# Plugins no linker sees: SQLite for the store, the platform plugins for the window.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "postfix, dovecot-imapd, dovecot-pop3d, nginx-light, gnutls-bin, slapd, unbound, ldnsutils, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Creates the system user of the nightly audits; removing the package leaves it, as Debian does.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/resources/debian/postinst)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
