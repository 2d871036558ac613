// The byte scanners that step sixteen bytes at a time where the target has SIMD give the
// answers of their byte loops, on random text made of the bytes they stop at, around the
// 8-, 16- and 17-byte steps.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "html/tokenizer_chars.h"
#include "html/word_runs.h"
#include "text/find_text.h"
#include "text/plain_ascii.h"

namespace lede {
namespace {

std::string RandomText(std::mt19937* rng, size_t size) {
  static const std::string kPieces[] = {"a", "b", "word", " ", "  ", "\t", "\n", "\r", "\f",
                                        std::string(1, '\0'), "\xC2\xA0", "\xC2\xA9", "\xC3\xA9",
                                        "<", "&", "\"", "'", "-"};
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::string s;
  while (s.size() < size) s += kPieces[pick(*rng)];
  return s;
}

TEST(ByteScanners, WordRunsMatchTheByteLoop) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(&rng, 1 + round % 70);
    for (size_t from = 0; from < text.size(); from += 1 + round % 5) {
      size_t spaces = 0, spaces_bytewise = 0;
      const size_t end = EndOfWordRun(text, from, &spaces);
      ASSERT_EQ(end, EndOfWordRunBytewise(text, from, &spaces_bytewise)) << round << " " << from;
      ASSERT_EQ(spaces, spaces_bytewise) << round << " " << from;
    }
  }
}

TEST(ByteScanners, WordRunsPassLongRunsOfWords) {
  const std::string text = "one two three four five six seven eight nine ten  eleven";
  size_t spaces = 0;
  EXPECT_EQ(EndOfWordRun(text, 0, &spaces), text.find("  "));
  EXPECT_EQ(spaces, 9u);
}

TEST(ByteScanners, TagSpacesMatchTheByteLoop) {
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    // Mostly white space, so that runs cross the 16-byte steps.
    std::string text = RandomText(&rng, 1 + round % 70);
    for (char& c : text) {
      if (rng() % 4 != 0) c = " \t\n\r\f"[rng() % 5];
    }
    for (size_t from = 0; from <= text.size(); from += 1 + round % 5) {
      ASSERT_EQ(EndOfTagSpaces(text, from), EndOfTagSpacesBytewise(text, from)) << round << " " << from;
    }
  }
  EXPECT_EQ(EndOfTagSpaces(std::string(40, ' ') + "x", 0), 40u);
  EXPECT_EQ(EndOfTagSpaces(std::string(40, '\n'), 3), 40u);
}

TEST(ByteScanners, FindAnyOf3MatchesFindFirstOf) {
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(&rng, 1 + round % 70);
    const char sets[][3] = {{'<', '&', '<'}, {'"', '&', '\0'}, {'\0', '\0', '\0'}, {'<', '-', '\0'}};
    for (const auto& set : sets) {
      for (size_t from = 0; from <= text.size(); from += 1 + round % 7) {
        size_t expected = std::string_view(text).find_first_of(std::string_view(set, 3), from);
        if (expected == std::string_view::npos) expected = text.size();
        ASSERT_EQ(FindAnyOf3(text, from, set[0], set[1], set[2]), expected) << round << " " << from;
      }
    }
  }
}

TEST(ByteScanners, SameBytesMatchesEquality) {
  std::mt19937 rng(19);
  for (int round = 0; round < 20000; ++round) {
    const std::string a = RandomText(&rng, round % 60);
    std::string b = a;
    if (!b.empty() && round % 3 != 0) b[rng() % b.size()] ^= static_cast<char>(1 + rng() % 255);
    if (round % 7 == 0) b += "x";
    ASSERT_EQ(SameBytes(a, b), a == b) << round;
    ASSERT_TRUE(SameBytes(a, a));
  }
}

TEST(ByteScanners, PlainAsciiMatchesTheByteLoop) {
  std::mt19937 rng(17);
  const std::string bytes = std::string("aZ ~{}<>&\t\n\r\x7f\x1f\x0b\x80\xc2\xa0\xff", 20) + std::string(1, '\0');
  std::uniform_int_distribution<size_t> pick(0, bytes.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string text(round % 80, 'a');
    // Mostly plain bytes, so the 8- and 16-byte steps run: one other byte in ~12.
    for (char& c : text) c = pick(rng) < 19 && rng() % 12 == 0 ? bytes[pick(rng)] : "ab \t\n"[rng() % 5];
    for (size_t from = 0; from <= text.size(); from += 1 + round % 6) {
      const size_t limit = from + (text.size() - from) * (rng() % 4 + 1) / 4;
      ASSERT_EQ(EndOfPlainAscii(text, from, limit), EndOfPlainAsciiBytewise(text, from, limit))
          << round << " " << from << " " << limit;
    }
  }
}

#ifdef LEDE_BYTES16
TEST(ByteScanners, FindTextVectorMatchesFind) {
  std::mt19937 rng(13);
  const std::string needles[] = {"a", "ab", "word", "a word", "  ", "\xC2\xA0" "a", "rd w", "b<&",
                                 "wordwordword", "aaaaaaaaaaaaaaaaaaa"};
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(&rng, round % 90);
    for (const std::string& needle : needles) {
      for (size_t from = 0; from <= text.size() + 1; from += 1 + round % 9) {
        ASSERT_EQ(FindTextVector(text, needle, from), std::string_view(text).find(needle, from))
            << round << " " << needle << " " << from;
      }
    }
  }
}
#endif

}  // namespace
}  // namespace lede
