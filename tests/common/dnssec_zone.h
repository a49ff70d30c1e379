#pragma once

// A DNSSEC-signed zone served by a real unbound, for tests of validation
// (tst_dnssec_lookup, DANE): the lab's lab::SignedZone (lab/signed_zone.h,
// which keys, signs and serves it) on a free port of a loopback address, in a
// temporary folder removed with the fixture. Our Resolver forwards to it
// (nameserver()) and validates from the zone's DS (trustAnchorFile()); the
// server is stopped at teardown.
//
// What it can serve besides the signed zone:
//   - an unsigned child zone delegated from the signed one without a DS
//     (insecure: the parent's NSEC proves there is no DS),
//   - an unsigned zone beside it, outside the trust anchor,
//   - one RRset made bogus: its signature altered after signing,
//   - every signature expired (signed for a validity period in the past).
// Names the zone does not hold get a signed NXDOMAIN or NODATA (NSEC).
//
//   dnstest::DnssecZone zone;                       // secure.test.
//   zone.addRecord("@ 300 IN MX 10 mx1");
//   zone.addRecord("_25._tcp.mx1.secure.test. 300 IN TLSA 3 1 1 <hex>");
//   zone.makeBogus("mx2.secure.test.", "A");
//   QVERIFY2(zone.start(&error), qPrintable(error));
//   options.servers = {zone.nameserver()};
//   options.trustAnchorFile = zone.trustAnchorFile();

#include "lab/signed_zone.h"
#include "probes/dns/nameserver.h"
#include "tests/common/dns_server.h"

#include <QTemporaryDir>

namespace dnstest {

class DnssecZone
{
public:
    // apex: the signed zone's name, absolute ("secure.test."). The server
    // listens on address (outside the lab's 127.0.0.11-57 and the discovery
    // test's 127.0.0.60).
    explicit DnssecZone(const QString &apex = QStringLiteral("secure.test."),
                        const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.62")))
        : m_zone(apex, address, m_dir.path())
    {
    }
    DnssecZone(const DnssecZone &) = delete;
    DnssecZone &operator=(const DnssecZone &) = delete;

    static bool installed() { return mailtls::lab::SignedZone::installed(); }

    // A record of the signed zone in zone-file form; names without a final
    // dot are relative to the apex ("mx1 300 IN A 192.0.2.25"). The zone
    // already has its SOA, NS and ns.<apex> A.
    void addRecord(const QString &rr) { m_zone.addRecord(rr); }
    // An unsigned zone child (under the apex), delegated from the signed zone
    // without a DS, served with its records (absolute names, or relative to child).
    void addInsecureChild(const QString &child, const QStringList &records)
    {
        m_zone.addInsecureChild(child, records);
    }
    // An unsigned zone outside the signed one (and outside the trust anchor).
    void addUnsignedZone(const QString &zone, const QStringList &records)
    {
        m_zone.addUnsignedZone(zone, records);
    }
    // After signing, the signature over owner's RRset of type is altered:
    // the RRset is still served, and fails validation (bogus).
    void makeBogus(const QString &owner, const QString &type) { m_zone.makeBogus(owner, type); }
    // Signs the zone with signatures that expired in 2020: every answer from it is bogus.
    void setSignaturesExpired(bool expired) { m_zone.setSignaturesExpired(expired); }

    // Keys, zone files, signature, server; false with *error (a tool's or the server's output).
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
            return false;
        }
        const quint16 port = freePort(m_zone.address());
        if (port == 0) {
            *error = QStringLiteral("no free port on %1").arg(m_zone.address().toString());
            return false;
        }
        *error = m_zone.start(port);
        return error->isEmpty();
    }
    void stop() { m_zone.stop(); }

    QString apex() const { return m_zone.apex(); }
    mailtls::dns::Nameserver nameserver() const { return {m_zone.address(), m_zone.port()}; }
    // The DS of the zone's KSK, as unbound's trust-anchor-file reads it.
    QString trustAnchorFile() const { return m_zone.trustAnchorFile(); }
    // What unbound said, for failure messages.
    QString log() const { return m_zone.log(); }

private:
    QTemporaryDir m_dir; // before m_zone: the zone's files live in it
    mailtls::lab::SignedZone m_zone;
};

} // namespace dnstest
