// Induces word clusters from unlabeled news for the NER tagger's cluster features.
// Each frequent word becomes a PPMI-weighted vector of its left and right neighbours; a
// spherical k-means (fixed seed) groups the words into fine clusters, and the fine centroids
// are clustered again into mid and coarse levels, giving a three-level hierarchy (a cheap
// stand-in for Brown-cluster bit-string prefixes).
//
// Usage: lede_ner_cluster <reuters.jsonl> <out clusters.txt> [fine=1024] [mid=128]
//        [coarse=32] [min_count=3] [seed=1]
// Output: "#fine_to_mid ..." and "#mid_to_coarse ..." lines, then "word<TAB>fine" lines.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "jsonl_text.h"
#include "segment/tokens.h"

namespace {

using lede::train::JsonStringField;

struct Sparse {
  std::vector<uint32_t> dims;
  std::vector<float> values;
};

void Normalize(std::vector<float>* v) {
  double s = 0;
  for (float x : *v) s += double(x) * x;
  if (s <= 0) return;
  const float inv = static_cast<float>(1.0 / std::sqrt(s));
  for (float& x : *v) x *= inv;
}

// Spherical k-means over sparse unit vectors; returns the assignment, fills `centroids`.
std::vector<int> KMeans(const std::vector<Sparse>& points, const std::vector<float>& weights,
                        size_t dims, int k, int iterations, std::mt19937* rng,
                        std::vector<std::vector<float>>* centroids) {
  const size_t n = points.size();
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), *rng);
  centroids->assign(k, std::vector<float>(dims, 0.f));
  for (int c = 0; c < k; ++c) {
    const Sparse& p = points[order[c % n]];
    for (size_t j = 0; j < p.dims.size(); ++j) (*centroids)[c][p.dims[j]] = p.values[j];
  }
  std::vector<int> assign(n, -1);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t i = 0; i < n; ++i) {
      const Sparse& p = points[i];
      float best = -1e30f;
      int arg = 0;
      for (int c = 0; c < k; ++c) {
        const float* cen = (*centroids)[c].data();
        float s = 0;
        for (size_t j = 0; j < p.dims.size(); ++j) s += cen[p.dims[j]] * p.values[j];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] != arg) ++moved;
      assign[i] = arg;
    }
    for (auto& cen : *centroids) std::fill(cen.begin(), cen.end(), 0.f);
    std::vector<size_t> sizes(k, 0);
    for (size_t i = 0; i < n; ++i) {
      const Sparse& p = points[i];
      auto& cen = (*centroids)[assign[i]];
      ++sizes[assign[i]];
      for (size_t j = 0; j < p.dims.size(); ++j) cen[p.dims[j]] += weights[i] * p.values[j];
    }
    // An empty cluster restarts at a random point so every cluster id stays in use.
    for (int c = 0; c < k; ++c) {
      if (sizes[c] == 0) {
        const Sparse& p = points[(*rng)() % n];
        for (size_t j = 0; j < p.dims.size(); ++j) (*centroids)[c][p.dims[j]] = p.values[j];
      }
      Normalize(&(*centroids)[c]);
    }
    std::cerr << "  k=" << k << " iteration " << it + 1 << ": " << moved << " moved\n";
    if (moved == 0) break;
  }
  return assign;
}

Sparse ToSparse(const std::vector<float>& dense) {
  Sparse s;
  for (size_t d = 0; d < dense.size(); ++d) {
    if (dense[d] != 0.f) {
      s.dims.push_back(static_cast<uint32_t>(d));
      s.values.push_back(dense[d]);
    }
  }
  return s;
}

// Words beyond the context vocabulary still say something through their shape.
int ShapeClass(const std::string& w) {
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return 0;
  if (c >= 'a' && c <= 'z') return 1;
  if (c >= '0' && c <= '9') return 2;
  return 3;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: lede_ner_cluster <in.jsonl> <out.txt> [fine] [mid] [coarse] "
                 "[min_count] [seed]\n";
    return 2;
  }
  const int fine_k = argc > 3 ? std::atoi(argv[3]) : 1024;
  const int mid_k = argc > 4 ? std::atoi(argv[4]) : 128;
  const int coarse_k = argc > 5 ? std::atoi(argv[5]) : 32;
  const int min_count = argc > 6 ? std::atoi(argv[6]) : 3;
  const unsigned seed = argc > 7 ? static_cast<unsigned>(std::atoi(argv[7])) : 1;
  const auto t0 = std::chrono::steady_clock::now();

  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 1;
  }
  // Token ids per document, with -1 between documents.
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> words;
  std::vector<uint64_t> counts;
  std::vector<int> stream;
  std::string line;
  while (std::getline(in, line)) {
    const std::string text = JsonStringField(line, "title") + "\n" + JsonStringField(line, "text");
    const std::vector<lede::Span> spans = {{0, static_cast<uint32_t>(text.size())}};
    for (const lede::Token& t : lede::Tokenize(text, spans)) {
      std::string w = text.substr(t.start, t.end - t.start);
      auto [it, added] = ids.emplace(w, static_cast<int>(words.size()));
      if (added) {
        words.push_back(w);
        counts.push_back(0);
      }
      ++counts[it->second];
      stream.push_back(it->second);
    }
    stream.push_back(-1);
  }
  std::cerr << "tokens " << stream.size() << ", types " << words.size() << "\n";

  // Context vocabulary: the most frequent words (ties by spelling, for determinism).
  std::vector<int> by_freq(words.size());
  for (size_t i = 0; i < words.size(); ++i) by_freq[i] = static_cast<int>(i);
  std::sort(by_freq.begin(), by_freq.end(), [&](int a, int b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
  });
  const size_t context_words = std::min<size_t>(2000, by_freq.size());
  std::vector<int> context_dim(words.size(), -1);
  for (size_t r = 0; r < context_words; ++r) context_dim[by_freq[r]] = static_cast<int>(r);
  const size_t side = context_words + 5;  // + 4 shape classes + boundary
  const size_t dims = 2 * side;
  auto dim_of = [&](int id) -> uint32_t {
    if (id < 0) return static_cast<uint32_t>(context_words + 4);
    if (context_dim[id] >= 0) return static_cast<uint32_t>(context_dim[id]);
    return static_cast<uint32_t>(context_words + ShapeClass(words[id]));
  };
  // The clustered vocabulary, in frequency order.
  std::vector<int> vocab;
  std::vector<int> row(words.size(), -1);
  for (int id : by_freq) {
    if (counts[id] < static_cast<uint64_t>(min_count)) break;
    row[id] = static_cast<int>(vocab.size());
    vocab.push_back(id);
  }
  std::vector<std::unordered_map<uint32_t, float>> cooc(vocab.size());
  std::vector<double> dim_total(dims, 0);
  double total = 0;
  for (size_t i = 0; i < stream.size(); ++i) {
    if (stream[i] < 0 || row[stream[i]] < 0) continue;
    const uint32_t left = dim_of(i > 0 ? stream[i - 1] : -1);
    const uint32_t right = static_cast<uint32_t>(side) + dim_of(i + 1 < stream.size() ? stream[i + 1] : -1);
    cooc[row[stream[i]]][left] += 1;
    cooc[row[stream[i]]][right] += 1;
    dim_total[left] += 1;
    dim_total[right] += 1;
    total += 2;
  }
  // PPMI vectors, unit length.
  std::vector<Sparse> points(vocab.size());
  std::vector<float> weights(vocab.size(), 1.f);
  for (size_t r = 0; r < vocab.size(); ++r) {
    double word_total = 0;
    for (const auto& [d, c] : cooc[r]) word_total += c;
    std::vector<std::pair<uint32_t, float>> entries;
    for (const auto& [d, c] : cooc[r]) {
      const double pmi = std::log(c * total / (word_total * dim_total[d]));
      if (pmi > 0) entries.push_back({d, static_cast<float>(pmi)});
    }
    std::sort(entries.begin(), entries.end());
    double norm = 0;
    for (const auto& e : entries) norm += double(e.second) * e.second;
    norm = norm > 0 ? 1.0 / std::sqrt(norm) : 0;
    for (const auto& e : entries) {
      points[r].dims.push_back(e.first);
      points[r].values.push_back(static_cast<float>(e.second * norm));
    }
  }
  std::cerr << "clustering " << vocab.size() << " words over " << dims << " dims\n";
  std::mt19937 rng(seed);
  std::vector<std::vector<float>> fine_centroids, mid_centroids, coarse_centroids;
  const std::vector<int> fine =
      KMeans(points, weights, dims, fine_k, 15, &rng, &fine_centroids);
  std::vector<Sparse> fine_points;
  for (const auto& c : fine_centroids) fine_points.push_back(ToSparse(c));
  std::vector<float> fine_weights(fine_k, 1.f);
  const std::vector<int> mid =
      KMeans(fine_points, fine_weights, dims, mid_k, 20, &rng, &mid_centroids);
  std::vector<Sparse> mid_points;
  for (const auto& c : mid_centroids) mid_points.push_back(ToSparse(c));
  std::vector<float> mid_weights(mid_k, 1.f);
  const std::vector<int> coarse =
      KMeans(mid_points, mid_weights, dims, coarse_k, 20, &rng, &coarse_centroids);

  std::ofstream out(argv[2]);
  out << "#fine_to_mid";
  for (int m : mid) out << ' ' << m;
  out << "\n#mid_to_coarse";
  for (int c : coarse) out << ' ' << c;
  out << "\n";
  for (size_t r = 0; r < vocab.size(); ++r) out << words[vocab[r]] << '\t' << fine[r] << '\n';
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "wrote " << vocab.size() << " words in " << secs << " s\n";
  return out.good() ? 0 : 1;
}
