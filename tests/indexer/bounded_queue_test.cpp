#include "bounded_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace newsarchive::indexer {
namespace {

using namespace std::chrono_literals;

// Pushes `weights` one after another on its own thread, counting the pushes that went in.
class Producer {
 public:
  Producer(BoundedQueue<int>& queue, std::vector<std::size_t> weights)
      : thread_([&queue, this, weights] {
          for (std::size_t i = 0; i < weights.size(); ++i) {
            if (!queue.push(static_cast<int>(i), weights[i])) return;
            ++pushed_;
          }
        }) {}
  ~Producer() { thread_.join(); }

  // Waits (up to a generous limit) for `n` pushes, then a little longer to see that no more
  // follow; returns the count seen.
  int settles_at(int n) {
    for (auto waited = 0ms; pushed_ < n && waited < 5000ms; waited += 1ms)
      std::this_thread::sleep_for(1ms);
    std::this_thread::sleep_for(50ms);
    return pushed_;
  }

 private:
  std::atomic<int> pushed_{0};
  std::thread thread_;
};

TEST(BoundedQueue, HoldsAtMostItsCapacity) {
  BoundedQueue<int> queue(2);
  Producer producer(queue, {0, 0, 0});
  EXPECT_EQ(producer.settles_at(2), 2);
  EXPECT_EQ(queue.pop(), 0);
  EXPECT_EQ(producer.settles_at(3), 3);
  queue.close();
}

TEST(BoundedQueue, HoldsAtMostItsWeightBudget) {
  BoundedQueue<int> queue(100, 10);
  Producer producer(queue, {4, 4, 4, 3});
  EXPECT_EQ(producer.settles_at(2), 2);  // a third 4 would make 12, over the budget of 10
  EXPECT_EQ(queue.pop(), 0);
  EXPECT_EQ(producer.settles_at(3), 3);  // 8 held; 3 more would make 11
  EXPECT_EQ(queue.pop(), 1);
  EXPECT_EQ(producer.settles_at(4), 4);
  queue.close();
}

TEST(BoundedQueue, AnEmptyQueueTakesAnItemHeavierThanTheBudget) {
  BoundedQueue<int> queue(100, 10);
  Producer producer(queue, {50, 1});
  EXPECT_EQ(producer.settles_at(1), 1);  // nothing else is held: it must not wait forever
  EXPECT_EQ(queue.pop(), 0);
  EXPECT_EQ(producer.settles_at(2), 2);
  queue.close();
}

TEST(BoundedQueue, ClosingLetsConsumersDrainWhatIsLeft) {
  BoundedQueue<int> queue(4, 100);
  ASSERT_TRUE(queue.push(7, 30));
  ASSERT_TRUE(queue.push(8, 30));
  queue.close();
  EXPECT_FALSE(queue.push(9, 1));
  EXPECT_EQ(queue.pop(), 7);
  EXPECT_EQ(queue.pop(), 8);
  EXPECT_EQ(queue.pop(), std::nullopt);
}

TEST(BoundedQueue, AbortingWakesAWaitingProducer) {
  BoundedQueue<int> queue(1);
  ASSERT_TRUE(queue.push(1));
  auto blocked = std::async(std::launch::async, [&] { return queue.push(2); });
  EXPECT_EQ(blocked.wait_for(50ms), std::future_status::timeout);
  queue.abort();
  ASSERT_EQ(blocked.wait_for(5s), std::future_status::ready);
  EXPECT_FALSE(blocked.get());
  EXPECT_EQ(queue.pop(), std::nullopt);
}

}  // namespace
}  // namespace newsarchive::indexer
