// Texts for the near-duplicate tests: one real-looking wire story (invented), edited copies of
// it, and any number of unrelated stories made of a fixed vocabulary.
#pragma once

#include <cstdint>
#include <string>

namespace newsarchive::testing {

inline const std::string kWireStory =
    "Ferry crews on Norland's island routes began a 48-hour strike on Thursday morning, leaving "
    "about 12,000 commuters without their usual crossing, after talks over new shift rosters "
    "broke down late on Wednesday. The Norland Seafarers' Union said the company's plan would "
    "stretch shifts to 14 hours on the busiest routes. \"Tired crews are a danger to every "
    "passenger on board,\" union secretary Henrik Dahl told reporters at the harbour gates in "
    "Vestby. Island Lines, which runs 22 vessels between the mainland and the outer islands, said "
    "it would operate a reduced timetable with managers and contract staff, and urged passengers "
    "to check sailings before travelling. Talks are due to resume on Friday under a state "
    "mediator. The last strike on the routes, in 2019, lasted five days and cost island "
    "businesses an estimated 30 million crowns.";

// The same story as another paper printed it: a few words changed, the last paragraph cut.
inline const std::string kEditedCopy =
    "Ferry crews on Norland's island routes began a 48-hour strike on Thursday, leaving about "
    "12,000 commuters without their usual crossing, after talks over new shift rosters broke "
    "down late on Wednesday night. The Norland Seafarers' Union said the company's plan would "
    "stretch shifts to 14 hours on the busiest routes. \"Tired crews are a danger to every "
    "passenger on board,\" union secretary Henrik Dahl told reporters at the harbour gates here. "
    "Island Lines, which runs 22 vessels between the mainland and the outer islands, said it "
    "would operate a reduced timetable with managers and contract staff, and urged passengers to "
    "check sailings before they travel.";

// A different story on the same subject, sharing names and a few phrases but not the text.
inline const std::string kSameSubject =
    "Island Lines and the Norland Seafarers' Union reached a deal on Saturday that ends the ferry "
    "strike, the state mediator said. Crews will return on Sunday's first sailings. Under the "
    "agreement shifts on the busiest routes will be capped at 12 hours, and the company will "
    "hire 40 more deckhands by the summer. Henrik Dahl, the union's secretary, called it a fair "
    "result. Commuters from the outer islands said the week had cost them days of work.";

// An unrelated story: `n` words drawn from a fixed vocabulary by a generator seeded with `seed`.
inline std::string unrelated_story(std::uint64_t seed, std::size_t n = 120) {
  static const char* kWords[] = {
      "the",    "market",  "said",    "on",        "a",        "government", "minister", "percent",
      "year",   "company", "shares",  "rose",      "fell",     "in",         "of",       "and",
      "to",     "bank",    "rates",   "inflation", "election", "vote",       "party",    "leader",
      "police", "city",    "council", "school",    "river",    "bridge",     "storm",    "harvest",
      "grain",  "prices",  "oil",     "exports",   "imports",  "talks",      "court",    "judge",
      "ruling", "appeal",  "team",    "match",     "season",   "coach",      "players",  "fans",
      "museum", "artist",  "film",    "festival"};
  std::string out;
  std::uint64_t x = seed * 2654435761u + 1;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    out += std::string(kWords[(x >> 33) % std::size(kWords)]) + (i % 17 == 16 ? ". " : " ");
  }
  return out;
}

}  // namespace newsarchive::testing
