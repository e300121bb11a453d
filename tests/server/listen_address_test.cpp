// --listen and the loopback rule that decides whether a token is required (listen_address.h).
#include "listen_address.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace newsarchive::server {
namespace {

TEST(ListenAddress, ParsesIpv4AndBracketedIpv6) {
  const auto v4 = parse_listen_address("127.0.0.1:8080");
  EXPECT_EQ(v4.host, "127.0.0.1");
  EXPECT_EQ(v4.port, 8080);
  const auto v6 = parse_listen_address("[::1]:9000");
  EXPECT_EQ(v6.host, "::1");
  EXPECT_EQ(v6.port, 9000);
  EXPECT_EQ(parse_listen_address("0.0.0.0:0").port, 0);
}

TEST(ListenAddress, RefusesWhatIsNotAddrPort) {
  for (const char* bad : {"8080", ":8080", "localhost:", "host:http", "host:70000", "host:-1"})
    EXPECT_THROW(parse_listen_address(bad), std::invalid_argument) << bad;
}

TEST(ListenAddress, OnlyLoopbackCountsAsLoopback) {
  for (const char* local : {"127.0.0.1", "127.1.2.3", "::1", "localhost"})
    EXPECT_TRUE(is_loopback(local)) << local;
  for (const char* open : {"0.0.0.0", "::", "10.0.0.1", "192.168.1.2", "128.0.0.1",
                           "::ffff:10.0.0.1", "example.org", ""})
    EXPECT_FALSE(is_loopback(open)) << open;
}

}  // namespace
}  // namespace newsarchive::server
