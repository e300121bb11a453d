// The article as it travels through the indexer pipeline: readers fill the source fields,
// enrichers add what is derived from the text, and the document builder stores it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive {

using Timestamp = std::chrono::sys_seconds;  // always UTC

enum class EntityType { kPerson, kOrganisation, kPlace, kMisc };

// A named entity found in the article, already normalised.
struct Entity {
  EntityType type;
  std::string key;      // archive-wide identity: folded case, diacritics and punctuation
  std::string display;  // the fullest written form used in this article
};

// How precisely a date mentioned in the text is known.
enum class DateGranularity { kDay, kWeek, kMonth, kYear, kDecade };

// A date the text talks about, resolved on the calendar.
struct MentionedDate {
  std::chrono::sys_days first_day;  // first day of the period it names
  DateGranularity granularity;
  std::string text;  // the expression as written
};

struct Article {
  // Where it came from, for messages: "file", "file:line" or "archive/member".
  std::string origin;

  std::string id;  // the source's own id; empty until derived (see derive_article_id)
  std::string title;
  std::string body;
  std::string url;
  std::string source;  // publisher
  std::vector<std::string> authors;
  std::string language;  // ISO 639-1; empty means "the indexer's default"
  std::optional<Timestamp> published;
  // False when the source gave the day only (then `published` is that day's midnight UTC).
  bool published_has_time = true;

  // A collection's own labels (kind, value), e.g. Reuters-21578 ("topics", "cocoa").
  std::vector<std::pair<std::string, std::string>> labels;

  // Added by enrichers.
  std::vector<Entity> entities;
  std::vector<MentionedDate> mentions;
  // Where a wire story was filed, from its dateline ("NEW YORK/LONDON (Reuters) -" gives
  // "New York" and "London"): places of filing, kept apart from the story's places.
  std::vector<std::string> datelines;
  std::string fingerprint;
  std::string cluster;  // near-duplicate cluster key (the id of the cluster's first article)
  // The near-duplicate detector's MinHash signature (binary), stored so that articles of later
  // runs can be compared with this one.
  std::string duplicate_signature;
};

}  // namespace newsarchive
