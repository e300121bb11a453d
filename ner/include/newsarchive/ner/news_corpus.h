// Readers for the unlabeled news the lexicon is learned from: Reuters-21578 SGML files
// (gzipped, Latin-1) and tar.gz archives of plain-text articles whose first lines are
// "-- " headers. Only the article text is passed on, as UTF-8.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::ner {

using ArticleSink = std::function<void(std::string_view utf8_text)>;

// Each <BODY> of a reut2-NNN.sgm(.gz) file, entities decoded. Throws std::runtime_error.
void for_each_reuters21578_article(const std::string& path, const ArticleSink& sink);

// Each regular file of a .tar.gz archive, with leading "-- " header lines dropped.
void for_each_tar_article(const std::string& path, const ArticleSink& sink);

// The unlabeled corpus files under a shared data directory, in a fixed (sorted) order:
// reuters21578/reut2-*.sgm.gz, then reuters_financial_news/*.tar.gz.
std::vector<std::string> find_unlabeled_corpus(const std::string& data_dir);

// Dispatches on the file name to one of the readers above.
void for_each_article(const std::string& path, const ArticleSink& sink);

}  // namespace newsarchive::ner
