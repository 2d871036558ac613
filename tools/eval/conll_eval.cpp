// Scores the COMPILED-IN NER model on CoNLL-2003 (conlleval rules: entity-level exact match,
// IOB1 gold decoded to spans) through the public stage entry point FindEntities, and reports
// tagging speed. Each document's sentences are joined into one text (tokens given by the
// corpus, as conlleval expects), so document-level features see the whole story.
//
// Usage: lede_conll_eval [file=<shared>/corpus/conll2003/dev.txt] [repeats=1]

#include <chrono>
#include <ctime>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "conll_data.h"
#include "entities/entities.h"

int main(int argc, char** argv) {
  using namespace lede;
  const std::string path =
      argc > 1 ? argv[1] : std::string(LEDE_SHARED_DIR) + "/corpus/conll2003/dev.txt";
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  std::string error;
  const auto docs = train::ReadConll(path, &error);
  if (docs.empty()) {
    std::cerr << "cannot read " << path << ": " << error << "\n";
    return 1;
  }
  struct Doc {
    std::string text;
    std::vector<Span> sentences;
    std::vector<Token> tokens;
  };
  std::vector<Doc> inputs;
  size_t token_count = 0;
  for (const auto& d : docs) {
    Doc in;
    for (const auto& s : d) {
      const uint32_t sentence_start = static_cast<uint32_t>(in.text.size());
      for (const std::string& w : s.words) {
        if (in.text.size() > sentence_start) in.text.push_back(' ');
        const uint32_t start = static_cast<uint32_t>(in.text.size());
        in.text += w;
        in.tokens.push_back({start, static_cast<uint32_t>(in.text.size()),
                             static_cast<uint32_t>(in.sentences.size())});
      }
      in.sentences.push_back({sentence_start, static_cast<uint32_t>(in.text.size())});
      in.text.push_back('\n');
    }
    token_count += in.tokens.size();
    inputs.push_back(std::move(in));
  }
  const EntityModel& model = DefaultEntityModel();
  train::EntityScore score;
  double seconds = 0, cpu_seconds = 0;
  for (int rep = 0; rep < repeats; ++rep) {
    for (size_t di = 0; di < docs.size(); ++di) {
      const Doc& in = inputs[di];
      const auto t0 = std::chrono::steady_clock::now();
      const std::clock_t c0 = std::clock();
      const std::vector<Entity> entities = FindEntities(in.text, in.sentences, in.tokens, model);
      cpu_seconds += double(std::clock() - c0) / CLOCKS_PER_SEC;
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (rep > 0) continue;
      // Back from byte spans to token spans per sentence.
      std::vector<std::vector<ner::LabeledSpan>> pred(in.sentences.size());
      std::vector<uint32_t> first_token(in.sentences.size(), 0);
      for (size_t t = in.tokens.size(); t-- > 0;) first_token[in.tokens[t].sentence] = t;
      size_t k = 0;
      for (const Entity& e : entities) {
        while (k < in.tokens.size() && in.tokens[k].start < e.span.start) ++k;
        size_t j = k;
        while (j < in.tokens.size() && in.tokens[j].end < e.span.end) ++j;
        if (k >= in.tokens.size() || j >= in.tokens.size()) break;
        const uint32_t sentence = in.tokens[k].sentence;
        const uint32_t first = first_token[sentence];
        const int type = e.type == "PERSON" ? ner::kPer
                         : e.type == "ORG"  ? ner::kOrg
                         : e.type == "LOC"  ? ner::kLoc
                                            : ner::kMisc;
        pred[sentence].push_back({static_cast<uint32_t>(k - first),
                                  static_cast<uint32_t>(j + 1 - first), type});
      }
      for (size_t s = 0; s < docs[di].size(); ++s) score.Add(docs[di][s].spans, pred[s]);
    }
  }
  std::cout << path << " (" << token_count << " tokens, " << docs.size() << " documents)\n"
            << score.Report();
  // CPU time is the figure to quote on a shared machine; wall time includes waiting.
  std::printf("speed: %.0f tokens/s of CPU time, %.0f tokens/s wall (FindEntities, %d pass%s)\n",
              token_count * repeats / cpu_seconds, token_count * repeats / seconds, repeats,
              repeats > 1 ? "es" : "");
  return 0;
}
