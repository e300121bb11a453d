#include "match_bitmap.h"

namespace newsarchive::searcher {
namespace {

using Op = Xapian::Query::op;

class Evaluator {
 public:
  Evaluator(const Xapian::Database& shard, const Deadline& deadline)
      : shard_(shard), deadline_(deadline), last_(shard.get_lastdocid()) {}

  std::optional<DocBitmap> operator()(const Xapian::Query& q) {
    if (q.empty()) return DocBitmap(last_);  // Query(): matches nothing
    switch (static_cast<int>(q.get_type())) {
      case Xapian::Query::LEAF_TERM:
        return postings(*q.get_terms_begin());
      case Xapian::Query::LEAF_MATCH_ALL:
        return postings("");  // the empty term: every document
      case Xapian::Query::LEAF_MATCH_NOTHING:
        return DocBitmap(last_);
      case Op::OP_SCALE_WEIGHT:
      case Op::OP_AND_MAYBE:  // the right side only ranks
        return (*this)(q.get_subquery(0));
      case Op::OP_OR:
      case Op::OP_SYNONYM:
      case Op::OP_MAX:
        return any_of(q);
      case Op::OP_AND:
      case Op::OP_FILTER:
        return fold(q, [](DocBitmap& a, const DocBitmap& b) { a &= b; });
      case Op::OP_AND_NOT:
        return fold(q, [](DocBitmap& a, const DocBitmap& b) { a.subtract(b); });
      case Op::OP_XOR:
        return fold(q, [](DocBitmap& a, const DocBitmap& b) { a ^= b; });
      default:  // phrases, NEAR, wildcards, value ranges, ELITE_SET, posting sources
        return std::nullopt;
    }
  }

 private:
  // The first subquery's documents combined with each following one's by `combine`.
  template <typename Combine>
  std::optional<DocBitmap> fold(const Xapian::Query& q, Combine combine) {
    std::optional<DocBitmap> acc;
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
      auto sub = (*this)(q.get_subquery(i));
      if (!sub) return std::nullopt;
      if (!acc)
        acc = std::move(sub);
      else
        combine(*acc, *sub);
    }
    return acc ? std::move(acc) : std::optional<DocBitmap>(DocBitmap(last_));
  }

  // The union of the subqueries; a term's postings are set straight into it (a word's stem
  // group can be dozens of terms, each of which would otherwise take a bitmap of its own).
  std::optional<DocBitmap> any_of(const Xapian::Query& q) {
    DocBitmap acc(last_);
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
      const Xapian::Query sub = q.get_subquery(i);
      if (!sub.empty() && sub.get_type() == Xapian::Query::LEAF_TERM) {
        add_postings(*sub.get_terms_begin(), acc);
      } else if (auto bits = (*this)(sub)) {
        acc |= *bits;
      } else {
        return std::nullopt;
      }
    }
    return acc;
  }

  DocBitmap postings(const std::string& term) {
    DocBitmap bits(last_);
    add_postings(term, bits);
    return bits;
  }

  void add_postings(const std::string& term, DocBitmap& bits) {
    std::uint32_t n = 0;
    for (auto it = shard_.postlist_begin(term); it != shard_.postlist_end(term); ++it) {
      bits.set(*it);
      if (++n % 4096 == 0) deadline_.check();
    }
  }

  const Xapian::Database& shard_;
  const Deadline& deadline_;
  Xapian::docid last_;
};

}  // namespace

DocBitmap& DocBitmap::operator&=(const DocBitmap& o) {
  for (std::size_t i = 0; i < words_.size(); ++i) words_[i] &= o.words_[i];
  return *this;
}

DocBitmap& DocBitmap::operator|=(const DocBitmap& o) {
  for (std::size_t i = 0; i < words_.size(); ++i) words_[i] |= o.words_[i];
  return *this;
}

DocBitmap& DocBitmap::operator^=(const DocBitmap& o) {
  for (std::size_t i = 0; i < words_.size(); ++i) words_[i] ^= o.words_[i];
  return *this;
}

DocBitmap& DocBitmap::subtract(const DocBitmap& o) {
  for (std::size_t i = 0; i < words_.size(); ++i) words_[i] &= ~o.words_[i];
  return *this;
}

std::optional<DocBitmap> match_bitmap(const Xapian::Database& shard, const Xapian::Query& query,
                                      const Deadline& deadline) {
  return Evaluator(shard, deadline)(query);
}

}  // namespace newsarchive::searcher
