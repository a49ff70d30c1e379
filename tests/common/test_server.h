#pragma once

// A hand-written TCP server for tests, for behaviour no real server shows on
// purpose (hostile or legacy). Listens on 127.0.0.1 with an ephemeral port
// and runs a behaviour on each connection in its own thread until destroyed.

#include <QByteArray>

#include <arpa/inet.h>
#include <atomic>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

// A hand-written test server: accepts on 127.0.0.1 and runs `behave` on each
// connection in its own thread until the test ends.
class TestServer
{
public:
    using Behaviour = std::function<void(int fd, const std::atomic_bool &stop)>;

    explicit TestServer(Behaviour behave) : m_behave(std::move(behave))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::listen(m_listen, 16);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~TestServer()
    {
        m_stop = true;
        m_acceptor.join();
        for (auto &t : m_workers)
            t.join();
        ::close(m_listen);
    }

    quint16 port() const { return m_port; }

    // Reads until the peer's bytes stop arriving for a moment (e.g. a full command line).
    static QByteArray readSome(int fd, int waitMs = 2000)
    {
        QByteArray out;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, waitMs) <= 0)
            return out;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n > 0)
            out.append(buf, n);
        return out;
    }
    static void send(int fd, QByteArrayView data)
    {
        ::send(fd, data.data(), static_cast<size_t>(data.size()), MSG_NOSIGNAL);
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            m_workers.emplace_back([this, fd] {
                m_behave(fd, m_stop);
                ::close(fd);
            });
        }
    }

    Behaviour m_behave;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
};

} // namespace
