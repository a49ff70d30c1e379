// A TCP relay for benchmarks that adds latency in user space (this kernel has
// no netem): every chunk is forwarded `delay` ms after it arrived, in each
// direction, so a round trip gains twice the delay. It also counts the
// connections it relays, which is how the benchmark counts every tool's
// connections the same way. Loopback only: it refuses other addresses.
//
//   tcp_delay_relay LISTEN_ADDR LISTEN_PORT TARGET_ADDR TARGET_PORT DELAY_MS COUNT_FILE

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
std::atomic<long> g_connections{0};
std::string g_countFile;

struct Chunk
{
    Clock::time_point due;
    std::vector<char> data; // empty: end of stream
};

// One direction: a reader queues chunks with their due time, a writer sends them when due.
// sentNotBefore: bytes the client wrote before its emulated connect completed
// (one round trip after it started) count as written at that moment.
void pump(int from, int to, std::chrono::milliseconds delay, Clock::time_point sentNotBefore)
{
    std::mutex m;
    std::condition_variable cv;
    std::deque<Chunk> queue;
    std::thread writer([&] {
        for (;;) {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return !queue.empty(); });
            Chunk c = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            std::this_thread::sleep_until(c.due);
            if (c.data.empty()) {
                ::shutdown(to, SHUT_WR);
                return;
            }
            size_t off = 0;
            while (off < c.data.size()) {
                const ssize_t n = ::send(to, c.data.data() + off, c.data.size() - off, MSG_NOSIGNAL);
                if (n <= 0) {
                    ::shutdown(from, SHUT_RD);
                    return;
                }
                off += static_cast<size_t>(n);
            }
        }
    });
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(from, buf, sizeof buf, 0);
        Chunk c{std::max(Clock::now(), sentNotBefore) + delay, {}};
        if (n > 0)
            c.data.assign(buf, buf + n);
        {
            std::lock_guard lock(m);
            queue.push_back(std::move(c));
        }
        cv.notify_one();
        if (n <= 0)
            break;
    }
    writer.join();
}

bool loopback(const sockaddr_in &a) { return (ntohl(a.sin_addr.s_addr) >> 24) == 127; }

void writeCount()
{
    std::ofstream(g_countFile) << g_connections.load() << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 7) {
        std::fprintf(stderr, "usage: %s LISTEN_ADDR LISTEN_PORT TARGET_ADDR TARGET_PORT DELAY_MS COUNT_FILE\n", argv[0]);
        return 2;
    }
    sockaddr_in listenAddr{};
    listenAddr.sin_family = AF_INET;
    listenAddr.sin_port = htons(static_cast<uint16_t>(std::atoi(argv[2])));
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(static_cast<uint16_t>(std::atoi(argv[4])));
    if (inet_pton(AF_INET, argv[1], &listenAddr.sin_addr) != 1 ||
        inet_pton(AF_INET, argv[3], &target.sin_addr) != 1 || !loopback(listenAddr) || !loopback(target)) {
        std::fprintf(stderr, "tcp_delay_relay: both addresses must be in 127.0.0.0/8\n");
        return 2;
    }
    const auto delay = std::chrono::milliseconds(std::atoi(argv[5]));
    g_countFile = argv[6];
    std::signal(SIGPIPE, SIG_IGN);

    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(server, reinterpret_cast<sockaddr *>(&listenAddr), sizeof listenAddr) != 0 ||
        ::listen(server, 512) != 0) {
        std::perror("tcp_delay_relay: bind/listen");
        return 1;
    }
    writeCount();
    for (;;) {
        const int client = ::accept4(server, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++g_connections;
        writeCount();
        std::thread([client, target, delay] {
            // The kernel completed the client's connect at once; emulate the
            // real handshake: the server sees the SYN one delay later, and the
            // client may only send once a full round trip has passed.
            const Clock::time_point started = Clock::now();
            std::this_thread::sleep_for(delay);
            const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            const int on = 1;
            ::setsockopt(upstream, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            if (::connect(upstream, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
                ::close(client);
                ::close(upstream);
                return;
            }
            std::thread back([&] { pump(upstream, client, delay, Clock::time_point{}); });
            pump(client, upstream, delay, started + 2 * delay);
            back.join();
            ::close(client);
            ::close(upstream);
        }).detach();
    }
}
