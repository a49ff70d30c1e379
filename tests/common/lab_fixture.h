#pragma once

// The demo lab for integration tests: start it (or say why it cannot run
// here), and one data row per listener of the lab description.

#include "lab/lab.h"

#include <QTest>

#include <memory>

namespace {

inline QString demoLabFile()
{
    return QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/lab.json");
}

struct LabStart
{
    std::unique_ptr<mailtls::lab::Lab> lab;
    QString skip;  // set when this machine cannot run the lab (not root, servers missing)
    QString error; // set when it should have started and did not
};

inline LabStart startDemoLab(const QStringList &only = {})
{
    LabStart s;
    if (!mailtls::lab::Lab::canRun(&s.skip))
        return s;
    const auto r = mailtls::lab::loadLabSpec(demoLabFile());
    if (!r.spec) {
        s.error = r.error;
        return s;
    }
    s.lab = std::make_unique<mailtls::lab::Lab>(*r.spec);
    s.error = s.lab->start(only);
    return s;
}

// Columns serviceIndex and listenerIndex, a row "service protocol:port" per listener.
inline void addListenerRows()
{
    QTest::addColumn<int>("serviceIndex");
    QTest::addColumn<int>("listenerIndex");
    const auto r = mailtls::lab::loadLabSpec(demoLabFile());
    QVERIFY2(r.spec, qPrintable(r.error));
    for (int s = 0; s < r.spec->services.size(); ++s) {
        const mailtls::lab::Service &svc = r.spec->services.at(s);
        for (int l = 0; l < svc.listeners.size(); ++l) {
            QTest::addRow("%s %s:%d", qPrintable(svc.id), qPrintable(svc.listeners.at(l).protocol),
                          svc.listeners.at(l).port)
                << s << l;
        }
    }
}

} // namespace
