#include "listen_address.h"

#include <arpa/inet.h>

#include <stdexcept>

namespace newsarchive::server {
namespace {

int parse_port(const std::string& text, const std::string& whole) {
  std::size_t used = 0;
  int port = -1;
  try {
    port = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || port < 0 || port > 65535)
    throw std::invalid_argument("'" + whole + "': the port must be a number from 0 to 65535");
  return port;
}

}  // namespace

ListenAddress parse_listen_address(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0)
    throw std::invalid_argument("'" + text + "': expected ADDR:PORT, e.g. 127.0.0.1:8080");
  std::string host = text.substr(0, colon);
  // IPv6 addresses are written in brackets so that their colons are not taken for the port's.
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  return {host, parse_port(text.substr(colon + 1), text)};
}

bool is_loopback(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4{};
  if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (::inet_pton(AF_INET6, host.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

}  // namespace newsarchive::server
