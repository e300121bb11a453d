// news-eval-dates: accuracy of the temporal tagger on an annotated table, per form and overall,
// and its throughput on a text file or on generated news-like text.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

#include <CLI/CLI.hpp>

#include "expression_table.h"
#include "newsarchive/temporal/temporal_expressions.h"

namespace {

using newsarchive::temporal::find_temporal_expressions;
using newsarchive::temporal::to_timex_value;
using namespace newsarchive::temporal::eval;

struct Tally {
  std::size_t cases = 0;
  std::size_t value_correct = 0;
  std::size_t span_exact = 0;
};

std::string describe(const std::vector<newsarchive::temporal::TemporalExpression>& found) {
  std::string s;
  for (const auto& e : found) s += " [" + e.date.text + " = " + to_timex_value(e.date) + "]";
  return s.empty() ? " (nothing)" : s;
}

double evaluate(const std::vector<ExpressionCase>& cases, const std::string& language,
                bool verbose) {
  std::map<std::string, Tally> by_form;
  Tally all;
  std::size_t extras = 0;
  for (const ExpressionCase& c : cases) {
    const CaseResult r = score_case(c, language);
    for (Tally* t : {&by_form[c.form], &all}) {
      ++t->cases;
      t->value_correct += r.value_correct;
      t->span_exact += r.span_exact;
    }
    extras += r.extra.size();
    if (verbose && !r.value_correct) {
      std::printf("FAIL line %zu [%s] \"%s\": expected '%s' = %s, found%s\n", c.line,
                  c.form.c_str(), c.sentence.c_str(), c.expected_text.c_str(),
                  c.expected_value.c_str(), describe(r.found).c_str());
    }
    if (verbose && !r.extra.empty()) {
      std::printf("EXTRA line %zu [%s]:%s\n", c.line, c.form.c_str(), describe(r.extra).c_str());
    }
  }
  std::printf("%-22s %6s %9s %11s\n", "form", "cases", "value_acc", "exact_span");
  for (const auto& [form, t] : by_form) {
    std::printf("%-22s %6zu %9.3f %11.3f\n", form.c_str(), t.cases,
                static_cast<double>(t.value_correct) / t.cases,
                static_cast<double>(t.span_exact) / t.cases);
  }
  const double accuracy = all.cases ? static_cast<double>(all.value_correct) / all.cases : 0.0;
  std::printf("%-22s %6zu %9.3f %11.3f\n", "OVERALL", all.cases, accuracy,
              all.cases ? static_cast<double>(all.span_exact) / all.cases : 0.0);
  std::printf("expressions found outside the annotated span: %zu\n", extras);
  return accuracy;
}

// Paragraphs in the style of wire copy: mostly prose, a few numbers, the odd date.
std::string generated_news(std::size_t bytes) {
  static const char* const kParagraphs[] = {
      "The central bank left its main interest rate unchanged on Thursday, saying inflation had "
      "eased more quickly than expected but that wage growth remained a concern for policymakers. ",
      "Shares in the company rose 4.5 percent to $26.30 in early trading after it reported "
      "quarterly revenue of $2.1 billion, beating analysts' forecasts by a wide margin. ",
      "Officials said about 2,006 people had been evacuated from low-lying districts as river "
      "levels continued to rise, and emergency services warned residents to stay away from the "
      "banks. ",
      "\"We are not going to comment on speculation,\" a spokeswoman for the ministry told "
      "reporters, adding that talks with unions would resume once both sides had reviewed the "
      "offer. ",
      "The agreement, first signed in 2006, was extended last year and is due to expire on March "
      "31, "
      "when negotiators hope to have a broader framework in place. ",
      "Analysts at several brokerages cut their price targets, citing weaker demand in Europe and "
      "rising costs for raw materials, shipping and energy across the region. ",
      "The minister, who has held the post since the 1990s, may face a confidence vote when "
      "parliament returns from its summer recess, according to people familiar with the matter. ",
      "Police said the 45-year-old driver was taken to hospital with minor injuries and that the "
      "road was reopened at 4:25pm after debris had been cleared. ",
  };
  std::string text;
  text.reserve(bytes + 512);
  for (std::size_t k = 0; text.size() < bytes; ++k) {
    text += kParagraphs[k % std::size(kParagraphs)];
    if (k % 5 == 4) text += "\n\n";
  }
  return text;
}

void benchmark(const std::string& text, int rounds) {
  using clock = std::chrono::steady_clock;
  const auto published =
      newsarchive::Timestamp{std::chrono::sys_days{std::chrono::year{2023} / 11 / 15}};
  // Articles of about 3 KB, as the indexer would pass them.
  constexpr std::size_t kArticle = 3000;
  std::size_t found = 0;
  // CPU time as well as wall time: on a shared machine the wall clock also measures the others.
  const std::clock_t cpu_start = std::clock();
  const auto start = clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (std::size_t pos = 0; pos < text.size(); pos += kArticle) {
      found +=
          find_temporal_expressions(std::string_view(text).substr(pos, kArticle), published).size();
    }
  }
  const std::chrono::duration<double> secs = clock::now() - start;
  const double cpu_secs = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double mb = static_cast<double>(text.size()) * rounds / 1e6;
  std::printf(
      "throughput: %.1f MB in %.3f s wall = %.1f MB/s, %.3f s CPU = %.1f MB/s (one thread, %zu "
      "expressions)\n",
      mb, secs.count(), mb / secs.count(), cpu_secs, mb / cpu_secs, found);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Accuracy and speed of the temporal expression tagger"};
  std::string table;
  std::string language = "en";
  double min_accuracy = 0.0;
  bool verbose = false;
  std::string bench_file;
  double bench_mb = 0.0;
  int rounds = 3;
  app.add_option("--table", table,
                 "Annotated expressions (form, published, sentence, text, value)");
  app.add_option("--language", language,
                 "ISO 639-1 code of the table's sentences: en (default), fr, es, pt, it, de, ru");
  app.add_option("--min-accuracy", min_accuracy,
                 "Exit with status 1 when overall value accuracy is lower");
  app.add_flag("-v,--verbose", verbose, "Print every failed case and every unexpected expression");
  app.add_option("--bench-file", bench_file, "Measure throughput on this text file");
  app.add_option("--bench-mb", bench_mb,
                 "Measure throughput on this many MB of generated news text");
  app.add_option("--rounds", rounds, "Passes over the benchmark text")->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  int status = 0;
  if (!table.empty()) {
    std::ifstream in(table);
    if (!in) {
      std::cerr << "news-eval-dates: cannot open " << table << "\n";
      return 2;
    }
    try {
      const double accuracy = evaluate(read_expression_table(in), language, verbose);
      if (accuracy < min_accuracy) {
        std::printf("overall accuracy %.3f is below the required %.3f\n", accuracy, min_accuracy);
        status = 1;
      }
    } catch (const std::exception& e) {
      std::cerr << "news-eval-dates: " << table << ": " << e.what() << "\n";
      return 2;
    }
  }
  if (!bench_file.empty()) {
    std::ifstream in(bench_file, std::ios::binary);
    if (!in) {
      std::cerr << "news-eval-dates: cannot open " << bench_file << "\n";
      return 2;
    }
    benchmark(std::string(std::istreambuf_iterator<char>(in), {}), rounds);
  }
  if (bench_mb > 0) benchmark(generated_news(static_cast<std::size_t>(bench_mb * 1e6)), rounds);
  return status;
}
