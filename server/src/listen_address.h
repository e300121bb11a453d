// Where news-serve listens: "ADDR:PORT" as given to --listen, and whether that address can be
// reached only from this machine (the token is optional there and required anywhere else).
#pragma once

#include <string>

namespace newsarchive::server {

struct ListenAddress {
  std::string host;  // as httplib binds it: "127.0.0.1", "::1", "0.0.0.0"
  int port = 0;      // 0: any free port (news-serve prints the one it got)
};

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80". Throws std::invalid_argument saying what is wrong.
ListenAddress parse_listen_address(const std::string& text);

// 127.0.0.0/8, ::1 and "localhost": nothing but this machine can connect.
bool is_loopback(const std::string& host);

}  // namespace newsarchive::server
