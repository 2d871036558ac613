// Trains the NER tagger and writes core/data/ner/ner.bin (see docs/model-card-ner.md).
// Structured averaged perceptron over BILOU labels, word-only features shared with the
// run-time tagger; the number of epochs is chosen on the dev set (never trained on), then the
// weights are quantized to int8, all-zero features dropped, and the written blob is loaded
// back through the run-time code and scored on dev.
//
// Usage: lede_ner_train --train=train.txt --dev=dev.txt --clusters=clusters.txt
//        --lexicon=lexicon.tsv --out=ner.bin [--epochs=N] [--seed=1] [--min-count=1]
//        [--extra=gmb-prefix.csv] [--clip=1.0] [--mu=64] [--prune=0.01] [--patience=6]

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <unordered_map>

#include "conll_data.h"
#include "entities/ner_features.h"
#include "entities/ner_model.h"
#include "model_writer.h"
#include "perceptron.h"

namespace {

using namespace lede;
using namespace lede::train;

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Feature ids of every sentence, document by document (document case evidence included).
std::vector<ner::SentenceFeatures> Extract(const std::vector<ConllDocument>& docs,
                                           const ner::NerLexicon& lexicon) {
  std::vector<ner::SentenceFeatures> out;
  ner::FeatureExtractor extractor(lexicon);
  for (const ConllDocument& doc : docs) {
    ner::DocumentCase doc_case;
    std::vector<std::vector<std::string_view>> views;
    for (const ConllSentence& s : doc) {
      views.emplace_back(s.words.begin(), s.words.end());
      doc_case.AddSentence(views.back());
    }
    for (const auto& v : views) {
      out.emplace_back();
      extractor.Extract(v, doc_case, &out.back());
      out.back().ids.shrink_to_fit();  // the extractor leaves room for a sentence's most ids
    }
  }
  return out;
}

std::vector<const ConllSentence*> Flatten(const std::vector<ConllDocument>& docs) {
  std::vector<const ConllSentence*> out;
  for (const auto& d : docs) {
    for (const auto& s : d) out.push_back(&s);
  }
  return out;
}

RowSentence ToRows(const ner::SentenceFeatures& f, const ConllSentence& s,
                   const std::unordered_map<uint32_t, int32_t>& rows) {
  RowSentence r;
  r.offsets = f.offsets;
  r.rows.reserve(f.ids.size());
  for (uint32_t id : f.ids) {
    auto it = rows.find(id);
    r.rows.push_back(it == rows.end() ? -1 : it->second);
  }
  r.gold = ner::LabelsFromSpans(s.spans, s.words.size());
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args = {{"epochs", "30"}, {"seed", "1"},
                                             {"min-count", "1"}, {"clip", "1.0"},
                                             {"patience", "6"},
                                             {"mu", "64"}, {"prune", "0.01"}};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    const size_t eq = a.find('=');
    if (a.rfind("--", 0) != 0 || eq == std::string::npos) {
      std::cerr << "bad argument " << a << "\n";
      return 2;
    }
    args[a.substr(2, eq - 2)] = a.substr(eq + 1);
  }
  for (const char* need : {"train", "dev", "clusters", "lexicon", "out"}) {
    if (!args.count(need)) {
      std::cerr << "missing --" << need << "=...\n";
      return 2;
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  std::string error;
  LexiconData lexicon_data;
  if (!lexicon_data.LoadClusters(args["clusters"], &error) ||
      !lexicon_data.LoadPhrases(args["lexicon"], &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  ner::NerLexicon lexicon;
  lexicon_data.Fill(&lexicon);
  auto train_docs = ReadConll(args["train"], &error);
  if (args.count("extra")) {
    // Title words (category 6 of the phrase lists) to cut from GMB person spans.
    std::vector<std::string> titles;
    for (const auto& [c, p] : lexicon_data.phrases) {
      if (c == ner::kLexPersonTitle && p.find(' ') == std::string::npos) titles.push_back(p);
    }
    auto extra = ReadGmb(args["extra"], 8300, titles, &error);
    std::cerr << "extra: " << extra.size() << " GMB sentences\n";
    for (auto& d : extra) train_docs.push_back(std::move(d));
  }
  const auto dev_docs = ReadConll(args["dev"], &error);
  if (train_docs.empty() || dev_docs.empty()) {
    std::cerr << "cannot read the CoNLL files: " << error << "\n";
    return 1;
  }
  const auto train_sents = Flatten(train_docs);
  const auto dev_sents = Flatten(dev_docs);
  const auto train_feats = Extract(train_docs, lexicon);
  const auto dev_feats = Extract(dev_docs, lexicon);

  std::unordered_map<uint32_t, int> counts;
  for (const auto& f : train_feats) {
    for (uint32_t id : f.ids) ++counts[id];
  }
  const int min_count = std::stoi(args["min-count"]);
  std::unordered_map<uint32_t, int32_t> rows;
  std::vector<uint32_t> row_ids;
  for (const auto& f : train_feats) {  // first-seen order: deterministic
    for (uint32_t id : f.ids) {
      if (counts[id] >= min_count && rows.emplace(id, static_cast<int32_t>(row_ids.size())).second) {
        row_ids.push_back(id);
      }
    }
  }
  std::vector<RowSentence> train, dev;
  for (size_t i = 0; i < train_sents.size(); ++i) train.push_back(ToRows(train_feats[i], *train_sents[i], rows));
  for (size_t i = 0; i < dev_sents.size(); ++i) dev.push_back(ToRows(dev_feats[i], *dev_sents[i], rows));
  std::cerr << train.size() << " train / " << dev.size() << " dev sentences, " << row_ids.size()
            << " features; lexicon " << lexicon.words() << " words, " << lexicon.phrases()
            << " phrases (" << Seconds(t0) << " s)\n";

  auto score_dev = [&](const std::vector<float>& w, const std::vector<float>& st,
                       const std::vector<float>& tr) {
    EntityScore score;
    std::vector<int> labels;
    for (size_t i = 0; i < dev.size(); ++i) {
      Decode(dev[i], w, st, tr, &labels);
      score.Add(dev_sents[i]->spans, ner::SpansFromLabels(labels));
    }
    return score;
  };

  Perceptron perceptron(row_ids.size());
  std::mt19937 rng(static_cast<unsigned>(std::stoul(args["seed"])));
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> best_w, best_start, best_trans, w, st, tr;
  double best_f1 = -1;
  int best_epoch = 0;
  const int epochs = std::stoi(args["epochs"]), patience = std::stoi(args["patience"]);
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t i : order) perceptron.Train(train[i]);
    perceptron.Averaged(&w, &st, &tr);
    const EntityScore score = score_dev(w, st, tr);
    const double f1 = score.F1(kPerLocOrg);
    std::fprintf(stderr, "epoch %2d: dev F1 PER/LOC/ORG %.4f, all %.4f (%.0f s)\n", epoch, f1,
                 score.F1(kAllTypes), Seconds(t0));
    if (f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best_w.swap(w);
      best_start.swap(st);
      best_trans.swap(tr);
    } else if (epoch - best_epoch >= patience) {
      break;
    }
  }
  std::fprintf(stderr, "best epoch %d (dev F1 %.4f)\n", best_epoch, best_f1);

  // Quantize to int8 mu-law codes: `top` (a high quantile of |w|, so a few outliers do not
  // stretch the scale) maps to code 127; weights under `prune` * top become 0 and features
  // whose weights are all 0 are dropped (the pruning).
  std::vector<float> magnitudes;
  for (float v : best_w) {
    if (v != 0) magnitudes.push_back(std::fabs(v));
  }
  const double clip = std::stod(args["clip"]);
  const size_t nth = size_t(clip * (magnitudes.size() - 1));
  std::nth_element(magnitudes.begin(), magnitudes.begin() + nth, magnitudes.end());
  QuantizedModel q;
  q.top = magnitudes[nth];
  q.mu = std::stof(args["mu"]);
  const float prune = std::stof(args["prune"]) * q.top;
  auto quant8 = [&](float v) -> int8_t {
    if (std::fabs(v) < prune) return 0;
    const float a = std::min(1.f, std::fabs(v) / q.top);
    const int code = static_cast<int>(std::lround(127.0 * std::log1p(q.mu * a) / std::log1p(q.mu)));
    return static_cast<int8_t>(v < 0 ? -code : code);
  };
  std::copy(best_start.begin(), best_start.end(), q.start.begin());
  std::copy(best_trans.begin(), best_trans.end(), q.transitions.begin());
  for (size_t r = 0; r < row_ids.size(); ++r) {
    std::array<int8_t, ner::kNumLabels> weights{};
    bool any = false;
    for (int l = 0; l < ner::kNumLabels; ++l) {
      weights[l] = quant8(best_w[r * ner::kNumLabels + l]);
      any = any || weights[l] != 0;
    }
    if (any) q.rows.push_back({row_ids[r], weights});
  }
  std::sort(q.rows.begin(), q.rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::string blob = SerializeModel(q, lexicon_data);
  std::ofstream(args["out"], std::ios::binary).write(blob.data(), blob.size());
  std::cerr << "wrote " << args["out"] << ": " << blob.size() << " bytes, " << q.rows.size()
            << " of " << row_ids.size() << " features kept\n";

  // The blob as the library will see it.
  ner::NerModel model;
  if (!model.Load(reinterpret_cast<const uint8_t*>(blob.data()), blob.size(), &error)) {
    std::cerr << "written model does not load: " << error << "\n";
    return 1;
  }
  EntityScore score;
  std::vector<int> labels;
  for (size_t i = 0; i < dev.size(); ++i) {
    model.Tag(dev_feats[i], &labels);
    score.Add(dev_sents[i]->spans, ner::SpansFromLabels(labels));
  }
  std::cout << "dev, quantized model (" << best_epoch << " epochs, trained in " << Seconds(t0)
            << " s):\n" << score.Report();
  return 0;
}
