// Serves one database with xapian-tcpsrv on 127.0.0.1 for the length of a test, and stops it
// whatever happens: the destructor kills it, and the kernel kills it too should the test
// process die first (PR_SET_PDEATHSIG), so no server outlives its test. xapian-tcpsrv forks a
// child per connection, so the server runs in its own process group and stop() kills the group:
// otherwise an open connection would go on being served by a child.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

namespace newsarchive::testing {

class TcpShardServer {
 public:
  // Throws std::runtime_error when no server accepts connections within 10 seconds.
  explicit TcpShardServer(const std::string& db) {
    for (int attempt = 0; attempt < 5 && pid_ <= 0; ++attempt) {
      port_ = free_port();
      start(db);
      if (!wait_until_accepting()) stop();
    }
    if (pid_ <= 0) throw std::runtime_error("xapian-tcpsrv did not start serving " + db);
  }
  ~TcpShardServer() { stop(); }
  TcpShardServer(const TcpShardServer&) = delete;
  TcpShardServer& operator=(const TcpShardServer&) = delete;

  unsigned port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  // Kills the server now (a shard going down); waits so that its port is closed on return.
  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  // A port the kernel has just handed out and taken back: free unless another process races us
  // (then the server fails to bind, and the constructor tries another).
  static unsigned free_port() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    unsigned port = 0;
    if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
      port = ntohs(a.sin_port);
    ::close(s);
    return port;
  }

  void start(const std::string& db) {
    const std::string port = std::to_string(port_);
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(127);  // the test died before prctl took effect
      ::setpgid(0, 0);
      // Its per-connection children report each closed connection on stderr: keep tests quiet.
      if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) {
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
      }
      // Read-only (no --writable), loopback only, idle connections closed after 10 s.
      ::execlp("xapian-tcpsrv", "xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port",
               port.c_str(), "--timeout", "10000", db.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    if (pid_ > 0) ::setpgid(pid_, pid_);  // also here, so that stop() can never miss the group
  }

  bool wait_until_accepting() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {  // exited: the port was taken?
        pid_ = -1;
        return false;
      }
      const int s = ::socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in a{};
      a.sin_family = AF_INET;
      a.sin_port = htons(static_cast<std::uint16_t>(port_));
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      const bool up = ::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
      ::close(s);
      if (up) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  pid_t pid_ = -1;
  unsigned port_ = 0;
};

}  // namespace newsarchive::testing
