#include "parallel_run.h"

#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#include "bounded_queue.h"
#include "latest_copies.h"
#include "record_failure.h"
#include "turnstile.h"

namespace newsarchive::indexer {
namespace {

// Enough articles in flight to keep every worker busy while the reader parses the next file,
// few enough that memory does not depend on the input's size.
constexpr std::size_t kArticlesPerWorker = 8;
// Each writer stops for a while at every commit, when Xapian syncs the batch to disk (longer as
// the database grows). Its queue keeps the workers busy meanwhile: with 64 documents they soon
// waited on a full one, the cores idled 11-12% of a 40,000-article build; with 512, 6-7%, and
// the build took 5% less time (docs/parallel-indexing.md). Text bytes bound it too: a prepared
// document takes more than ten times its article's text in memory, so long articles are held
// back by their size (512 average news articles are 1.3 MiB of text).
constexpr std::size_t kDocumentsPerWriter = 512;
constexpr std::size_t kTextBytesPerWriter = std::size_t{4} << 20;
// Ids a writer remembers to keep the last copy of an article read twice in one run.
constexpr std::size_t kRememberedIds = 1 << 16;

class FirstError {
 public:
  void keep(std::exception_ptr e) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(e);
  }
  void rethrow_if_any() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr error_;
};

// Runs `step` for the article from `origin`: its failure skips that article only, any other
// is rethrown. False when the article was skipped.
template <typename Step>
bool for_one_article(const std::string& origin, const RecordFailed& failed, Step step) {
  try {
    step();
    return true;
  } catch (...) {
    const auto reason = record_failure_reason(std::current_exception());
    if (!reason) throw;
    failed(origin, *reason);
    return false;
  }
}

}  // namespace

RunTally run_in_parallel(const std::function<void(const HandOver&)>& read,
                         std::vector<ArticlePreparer>& preparers,
                         std::vector<std::unique_ptr<IndexWriter>>& writers,
                         const RecordFailed& failed) {
  // Numbered as read; the queue hands them out in that order.
  BoundedQueue<std::pair<std::uint64_t, Article>> articles(kArticlesPerWorker * preparers.size());
  Turnstile in_order;
  std::vector<std::unique_ptr<BoundedQueue<PreparedArticle>>> documents;
  for (std::size_t i = 0; i < writers.size(); ++i)
    documents.push_back(
        std::make_unique<BoundedQueue<PreparedArticle>>(kDocumentsPerWriter, kTextBytesPerWriter));

  FirstError error;
  auto guarded = [&](auto&& stage) {
    try {
      stage();
    } catch (...) {
      error.keep(std::current_exception());
      articles.abort();
      in_order.abort();
      for (auto& q : documents) q->abort();
    }
  };

  std::vector<RunTally> tallies(writers.size());
  std::vector<std::thread> writer_threads, worker_threads;
  for (std::size_t s = 0; s < writers.size(); ++s)
    writer_threads.emplace_back([&, s] {
      guarded([&] {
        LatestCopies latest(kRememberedIds);
        while (auto p = documents[s]->pop()) {
          // A later copy of this article is in already: one thread would have replaced this
          // copy with it, so it counts as replaced.
          if (!latest.admit(p->id, p->ticket)) {
            ++tallies[s].replaced;
            continue;
          }
          auto outcome = IndexWriter::Outcome::kUnchanged;
          if (!for_one_article(p->origin, failed, [&] {
                outcome = writers[s]->write_if_changed(p->id, p->fingerprint, p->document);
              }))
            continue;
          switch (outcome) {
            case IndexWriter::Outcome::kAdded:
              ++tallies[s].added;
              break;
            case IndexWriter::Outcome::kReplaced:
              ++tallies[s].replaced;
              break;
            case IndexWriter::Outcome::kUnchanged:
              ++tallies[s].unchanged;
              break;
          }
        }
      });
    });
  for (auto& preparer : preparers)
    worker_threads.emplace_back([&] {
      guarded([&] {
        while (auto a = articles.pop()) {
          const std::string origin = a->second.origin;
          std::optional<PreparedArticle> p;
          for_one_article(origin, failed,
                          [&] { p = preparer.prepare(std::move(a->second), a->first, in_order); });
          if (!p) continue;
          const std::size_t weight = p->text_bytes;
          if (!documents[p->shard]->push(std::move(*p), weight)) return;
        }
      });
    });

  std::uint64_t read_so_far = 0;
  guarded([&] { read([&](Article a) { return articles.push({read_so_far++, std::move(a)}); }); });
  articles.close();
  for (auto& t : worker_threads) t.join();
  for (auto& q : documents) q->close();
  for (auto& t : writer_threads) t.join();
  error.rethrow_if_any();

  RunTally total;
  for (const auto& t : tallies) {
    total.added += t.added;
    total.replaced += t.replaced;
    total.unchanged += t.unchanged;
  }
  for (const auto& p : preparers) {
    total.unchanged += p.unchanged();
    total.bytes_repaired += p.bytes_repaired();
  }
  return total;
}

}  // namespace newsarchive::indexer
