// A hash table from strings to values for counting in a match spy's inner loop: open
// addressing with linear probing over one array, the strings stored back to back in one
// arena. Finding a string already present touches one cache line of slots and does no
// allocation; a node-based std::unordered_map costs a pointer chase per look-up and an
// allocation per new string, which was most of the time of facet counting.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::searcher {

template <typename Value>
class StringTable {
 public:
  explicit StringTable(std::size_t capacity = 1024) : slots_(round_up(capacity)) {}

  // The value for `s`, value-initialised when `s` is new.
  Value& operator[](std::string_view s) {
    // Keeping the load at most one half keeps probe sequences short; growing before the
    // look-up (even when `s` is present) keeps the probe loop simple.
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = std::hash<std::string_view>{}(s);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (!slot.used) {
        slot.used = true;
        slot.hash = hash;
        slot.offset = arena_.size();
        slot.length = s.size();
        arena_.append(s);
        ++used_;
        return slot.value;
      }
      if (slot.hash == hash && slot.length == s.size() &&
          std::memcmp(arena_.data() + slot.offset, s.data(), s.size()) == 0)
        return slot.value;
    }
  }

  // The value for `s`, or nullptr when absent.
  const Value* find(std::string_view s) const {
    const std::uint64_t hash = std::hash<std::string_view>{}(s);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].used; i = (i + 1) & mask)
      if (slots_[i].hash == hash && slots_[i].length == s.size() &&
          std::memcmp(arena_.data() + slots_[i].offset, s.data(), s.size()) == 0)
        return &slots_[i].value;
    return nullptr;
  }

  // Calls f(string, value) for every entry, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& slot : slots_)
      if (slot.used) f(std::string_view(arena_).substr(slot.offset, slot.length), slot.value);
  }

  std::size_t size() const { return used_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
    Value value{};
    bool used = false;
  };

  static std::size_t round_up(std::size_t n) {
    std::size_t size = 16;
    while (size < n) size *= 2;
    return size;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (Slot& slot : old) {
      if (!slot.used) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t used_ = 0;
};

}  // namespace newsarchive::searcher
