#include "clean/html_region.h"

#include <algorithm>
#include <string_view>

namespace lede {
namespace {

// How many ancestor levels a paragraph's score reaches (Readability uses 5): a page's
// article container sits a few levels above its paragraphs, never dozens.
constexpr int kScoreLevels = 5;
// How many levels up a block's size counts toward its containers' link density.
constexpr int kDensityLevels = 8;

// One element of the rebuilt tree.
struct Node {
  int parent = -1;
  int depth = 0;
  float score = 0;       // prose of the paragraphs below, weighted by distance
  float units = 0;       // text below (kDensityLevels deep)
  float link_units = 0;  // of which inside links
};

// The element tree as far as the blocks' tag paths tell it. Paths name tags, not elements, so
// two consecutive blocks are taken to share the ancestors their paths share: siblings of the
// same tag at the same depth merge into one container, which for finding an article (whose
// paragraphs are often split over sibling wrappers) is what we want anyway.
class Tree {
 public:
  explicit Tree(const std::vector<Block>& blocks) {
    leaf_.reserve(blocks.size());
    std::vector<std::string_view> prev_tags;
    std::vector<int> prev_ids;
    std::vector<std::string_view> tags;
    std::vector<int> ids;
    for (const Block& b : blocks) {
      SplitPath(b.path, &tags);
      if (tags.empty()) tags.push_back(b.tag);
      size_t k = 0;
      while (k < tags.size() && k < prev_tags.size() && tags[k] == prev_tags[k]) ++k;
      ids.assign(prev_ids.begin(), prev_ids.begin() + static_cast<long>(k));
      for (size_t d = k; d < tags.size(); ++d) {
        Node n;
        n.parent = d == 0 ? -1 : ids[d - 1];
        n.depth = static_cast<int>(d);
        ids.push_back(static_cast<int>(nodes_.size()));
        nodes_.push_back(n);
      }
      leaf_.push_back(ids.back());
      prev_tags.swap(tags);
      prev_ids.swap(ids);
    }
  }

  std::vector<Node>& nodes() { return nodes_; }
  int leaf(size_t block) const { return leaf_[block]; }

  bool IsAncestorOrSelf(int ancestor, int node) const {
    while (node >= 0 && nodes_[node].depth >= nodes_[ancestor].depth) {
      if (node == ancestor) return true;
      node = nodes_[node].parent;
    }
    return false;
  }

 private:
  static void SplitPath(std::string_view path, std::vector<std::string_view>* out) {
    out->clear();
    size_t i = 0;
    while (i < path.size()) {
      while (i < path.size() && path[i] == ' ') ++i;
      size_t j = i;
      while (j < path.size() && path[j] != ' ') ++j;
      if (j > i) out->push_back(path.substr(i, j - i));
      i = j;
    }
  }

  std::vector<Node> nodes_;
  std::vector<int> leaf_;
};

constexpr uint32_t kFurniture = kInNav | kInFooter | kInAside | kHidden | kInForm;

}  // namespace

float ProseScore(const Block& b, const TextShape& s) {
  if (b.flags & (kFurniture | kIsHeading | kIsFigcaption)) return 0;
  if (b.link_share >= 0.5f) return 0;
  // Short runs count only when they read as a sentence.
  if (s.units < 25 || (s.units < 60 && s.sentence_ends == 0)) return 0;
  float score = 1.0f + std::min(static_cast<float>(s.commas), 6.0f) * 0.5f +
                std::min(static_cast<float>(s.units) / 100.0f, 3.0f) +
                std::min(static_cast<float>(s.sentence_ends), 4.0f) * 0.25f;
  if (b.flags & (kInList | kInTable)) score *= 0.5f;
  return score * (1.0f - b.link_share);
}

RegionResult FindMainRegion(const std::vector<Block>& blocks, const std::vector<TextShape>& shapes) {
  RegionResult r;
  const size_t n = blocks.size();
  r.in_region.assign(n, false);
  r.prose.assign(n, 0.0f);
  if (n == 0) return r;
  Tree tree(blocks);
  std::vector<Node>& nodes = tree.nodes();

  for (size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    float units = static_cast<float>(shapes[i].units);
    int node = tree.leaf(i);
    for (int level = 0; level < kDensityLevels && node >= 0; ++level) {
      nodes[node].units += units;
      nodes[node].link_units += units * b.link_share;
      node = nodes[node].parent;
    }
    float prose = ProseScore(b, shapes[i]);
    r.prose[i] = prose;
    if (prose <= 0) continue;
    node = nodes[tree.leaf(i)].parent;
    for (int level = 0; level < kScoreLevels && node >= 0; ++level) {
      float divider = level == 0 ? 1.0f : level == 1 ? 2.0f : static_cast<float>(level) * 3.0f;
      nodes[node].score += prose / divider;
      node = nodes[node].parent;
    }
  }

  int best = -1;
  float best_score = 0;
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& nd = nodes[k];
    if (nd.score <= 0) continue;
    float density = nd.units > 0 ? nd.link_units / nd.units : 0;
    nd.score *= 1.0f - density;
    if (nd.score > best_score) {
      best_score = nd.score;
      best = static_cast<int>(k);
    }
  }
  if (best < 0) return r;
  r.found = true;

  // Sibling containers that hold prose of their own continue the article (a story split
  // around an ad slot or a pull quote), as Readability joins them.
  const int parent = nodes[best].parent;
  const float sibling_floor = std::max(10.0f, best_score * 0.2f);
  for (size_t i = 0; i < n; ++i) {
    int leaf = tree.leaf(i);
    if (tree.IsAncestorOrSelf(best, leaf)) {
      r.in_region[i] = true;
      continue;
    }
    if (parent < 0 || !tree.IsAncestorOrSelf(parent, leaf)) continue;
    // The child of `parent` this block sits under.
    int child = leaf;
    while (child >= 0 && nodes[child].parent != parent) child = nodes[child].parent;
    if (child < 0) continue;
    if (child == leaf) {
      r.in_region[i] = r.prose[i] > 0;
    } else {
      r.in_region[i] = nodes[child].score >= sibling_floor;
    }
  }
  return r;
}

}  // namespace lede
