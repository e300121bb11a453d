#include "newsarchive/indexer/progress_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace newsarchive::indexer {
namespace {

// 12345 -> "12,345": long runs reach millions, and grouped digits read at a glance.
std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string megabytes(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
  return buf;
}

std::uint64_t rate(const ProgressSnapshot& s) {
  return s.seconds > 0 ? static_cast<std::uint64_t>(std::llround(s.articles / s.seconds)) : 0;
}

// Share of the input read, when the total is known and something was read.
double fraction(const ProgressSnapshot& s) {
  if (s.total_bytes == 0) return -1;
  return std::min(1.0, static_cast<double>(s.input_bytes) / static_cast<double>(s.total_bytes));
}

// Seconds left at the pace so far; negative when it cannot be told yet.
double eta_seconds(const ProgressSnapshot& s) {
  const double f = fraction(s);
  if (f <= 0 || s.seconds < 1) return -1;
  return s.seconds * (1 - f) / f;
}

std::string clock(double seconds) {
  const auto total = static_cast<long long>(std::llround(seconds));
  char buf[32];
  if (total >= 3600)
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(buf, sizeof buf, "%lld:%02lld", total / 60, total % 60);
  return buf;
}

}  // namespace

ProgressReport::ProgressReport(std::ostream& out, Mode mode, double interval_s)
    : out_(out), mode_(mode), interval_s_(interval_s) {}

std::string ProgressReport::bar_line(const ProgressSnapshot& s, std::size_t width) {
  const double f = fraction(s);
  std::string figures;
  if (f >= 0) figures += "  " + std::to_string(static_cast<int>(f * 100)) + "%";
  figures += "  " + grouped(s.articles) + " articles  " + megabytes(s.input_bytes) + " MB  " +
             grouped(rate(s)) + "/s";
  if (const double eta = eta_seconds(s); eta >= 0) figures += "  ETA " + clock(eta);
  // The bar takes what the figures leave, within reason; without a total there is no bar.
  if (f < 0 || width < figures.size() + 12) return figures.substr(2);
  const std::size_t bar = std::min<std::size_t>(40, width - figures.size() - 2);
  const auto filled = static_cast<std::size_t>(f * static_cast<double>(bar));
  return "[" + std::string(filled, '#') + std::string(bar - filled, '.') + "]" + figures;
}

std::string ProgressReport::plain_line(const ProgressSnapshot& s) {
  std::string line = grouped(s.articles) + " articles, " + megabytes(s.input_bytes);
  const double f = fraction(s);
  if (f >= 0)
    line += " of " + megabytes(s.total_bytes) + " MB (" +
            std::to_string(static_cast<int>(f * 100)) + "%)";
  else
    line += " MB";
  line += ", " + grouped(rate(s)) + " articles/s";
  if (const double eta = eta_seconds(s); eta >= 0) line += ", ETA " + clock(eta);
  return line;
}

void ProgressReport::update(const ProgressSnapshot& s) {
  std::lock_guard lock(mutex_);
  if (last_drawn_s_ >= 0 && s.seconds - last_drawn_s_ < interval_s_) return;
  last_drawn_s_ = s.seconds;
  if (mode_ == Mode::kTerminal) {
    // \r and "erase to end of line": the bar is redrawn in place, shorter lines leave no tail.
    out_ << "\r" << bar_line(s, 79) << "\x1b[K" << std::flush;
    bar_shown_ = true;
  } else {
    out_ << "news-index: " << plain_line(s) << "\n" << std::flush;
  }
}

void ProgressReport::message(const std::string& text) {
  std::lock_guard lock(mutex_);
  if (bar_shown_) {
    out_ << "\r\x1b[K";
    last_drawn_s_ = -1;  // the bar comes back at the next update
  }
  bar_shown_ = false;
  out_ << text << "\n" << std::flush;
}

void ProgressReport::finish() {
  std::lock_guard lock(mutex_);
  if (bar_shown_) out_ << "\r\x1b[K" << std::flush;
  bar_shown_ = false;
}

}  // namespace newsarchive::indexer
