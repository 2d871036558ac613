// Analysis -> the JSON result of DESIGN.md. Offsets become UTF-16 code units here, at the
// boundary, so `text.slice(start, end)` in JavaScript is the span.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "lede/lede.h"
#include "text/utf16.h"

namespace lede {
namespace {

// Output streams for rapidjson's Writer, for large reports: a 10 MB article makes about 25 MB
// of JSON, and a growing buffer plus its copy into a string held up to 2.5 times that at the
// peak. Such a report is counted first, then written once into a string of its exact size.
struct CountingStream {
  using Ch = char;
  size_t size = 0;
  void Put(char) { ++size; }
  void Flush() {}
};
struct FixedStream {
  using Ch = char;
  char* next;
  void Put(char c) { *next++ = c; }
  void Flush() {}
};

// Below this much text the report is written once into rapidjson's buffer and copied: the
// counting pass would double the work on every ordinary article for memory that small
// reports do not need.
constexpr size_t kCountFirstTextBytes = 1 << 20;

template <typename Writer>
void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void Key(Writer& w, const char* key) {
  w.Key(key);
}

class JsonReport {
 public:
  explicit JsonReport(const Analysis& a) : a_(a), utf16_(a.text) {}

  std::string Write() {
    if (a_.text.size() < kCountFirstTextBytes) {
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
      Write(w);
      return std::string(buffer.GetString(), buffer.GetSize());
    }
    CountingStream counter;
    rapidjson::Writer<CountingStream> count(counter);
    Write(count);
    std::string out(counter.size, '\0');
    FixedStream fixed{out.data()};
    rapidjson::Writer<FixedStream> w(fixed);
    Write(w);
    return out;
  }

 private:
  template <typename Writer>
  void Write(Writer& w) {
    w.StartObject();
    Key(w, "title");
    String(w, a_.title);
    Key(w, "credits");
    StringArray(w, a_.credits);
    if (!a_.byline.empty()) {
      Key(w, "byline");
      String(w, a_.byline);
    }
    if (!a_.published.empty()) {
      Key(w, "published");
      String(w, a_.published);
    }
    Key(w, "language");
    String(w, a_.language);
    Key(w, "text");
    String(w, a_.text);
    Key(w, "warnings");
    StringArray(w, a_.warnings);
    Key(w, "removed");
    w.StartArray();
    for (const Removed& r : a_.removed) {
      w.StartObject();
      Key(w, "text");
      String(w, r.text);
      Key(w, "reason");
      w.String(BlockKindName(r.reason));
      Key(w, "block");
      w.Uint(r.block);
      w.EndObject();
    }
    w.EndArray();
    Key(w, "paragraphs");
    w.StartArray();
    for (const Paragraph& p : a_.paragraphs) {
      w.StartObject();
      SpanFields(w, p.span);
      Key(w, "kind");
      w.String(BlockKindName(p.kind));
      Key(w, "block");
      w.Uint(p.block);
      w.EndObject();
    }
    w.EndArray();
    Key(w, "sentences");
    w.StartArray();
    for (const Span& s : a_.sentences) {
      w.StartObject();
      SpanFields(w, s);
      w.EndObject();
    }
    w.EndArray();
    Entities(w);
    Actors(w);
    Events(w);
    Key(w, "summary");
    w.StartArray();
    for (const Span& s : a_.summary) {
      w.StartObject();
      SpanFields(w, s);
      Key(w, "text");
      String(w, Slice(s));
      w.EndObject();
    }
    w.EndArray();
    KeyFacts(w);
    if (!a_.paragraph_sources.empty()) BlockMap(w);
    w.EndObject();
  }

  // Blocks mode: [{paragraph, block, pieces: [[textStart, textEnd, blockStart, blockEnd]...]}],
  // all in UTF-16 code units (text offsets into `text`, block offsets into the caller's block).
  template <typename Writer>
  void BlockMap(Writer& w) {
    Key(w, "blockMap");
    w.StartArray();
    for (size_t i = 0; i < a_.paragraph_sources.size() && i < a_.paragraphs.size(); ++i) {
      w.StartObject();
      Key(w, "paragraph");
      w.Uint(static_cast<unsigned>(i));
      Key(w, "block");
      w.Uint(a_.paragraphs[i].block);
      Key(w, "pieces");
      w.StartArray();
      for (const SourcePiece& p : a_.paragraph_sources[i]) {
        w.StartArray();
        w.Uint(utf16_.ToUtf16(p.text_start));
        w.Uint(utf16_.ToUtf16(p.text_end));
        w.Uint(p.block_start);
        w.Uint(p.block_end);
        w.EndArray();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }

  std::string_view Slice(Span s) const {
    if (s.start > a_.text.size() || s.end > a_.text.size() || s.end < s.start) return {};
    return std::string_view(a_.text).substr(s.start, s.end - s.start);
  }

  template <typename Writer>
  void SpanFields(Writer& w, Span s) {
    Key(w, "start");
    w.Uint(utf16_.ToUtf16(s.start));
    Key(w, "end");
    w.Uint(utf16_.ToUtf16(s.end));
  }

  template <typename Writer>
  void StringArray(Writer& w, const std::vector<std::string>& v) {
    w.StartArray();
    for (const std::string& s : v) String(w, s);
    w.EndArray();
  }

  template <typename Writer>
  void ActorRef(Writer& w, int index) {
    if (index >= 0 && static_cast<size_t>(index) < a_.actors.size()) {
      String(w, a_.actors[index].id);
    } else {
      w.Null();
    }
  }

  template <typename Writer>
  void Entities(Writer& w) {
    Key(w, "entities");
    w.StartArray();
    for (const Entity& e : a_.entities) {
      w.StartObject();
      SpanFields(w, e.span);
      Key(w, "text");
      String(w, e.text);
      Key(w, "type");
      String(w, e.type);
      Key(w, "actor");
      ActorRef(w, e.actor);
      w.EndObject();
    }
    w.EndArray();
  }

  template <typename Writer>
  void Actors(Writer& w) {
    Key(w, "actors");
    w.StartArray();
    for (const Actor& a : a_.actors) {
      w.StartObject();
      Key(w, "id");
      String(w, a.id);
      Key(w, "name");
      String(w, a.name);
      Key(w, "type");
      String(w, a.type);
      if (!a.role.empty()) {
        Key(w, "role");
        String(w, a.role);
      }
      if (!a.country.empty()) {
        Key(w, "country");
        String(w, a.country);
      }
      Key(w, "aliases");
      StringArray(w, a.aliases);
      Key(w, "mentions");
      w.Uint(a.mentions);
      w.EndObject();
    }
    w.EndArray();
  }

  template <typename Writer>
  void TextSpan(Writer& w, const char* key, Span s) {
    Key(w, key);
    w.StartObject();
    Key(w, "text");
    String(w, Slice(s));
    SpanFields(w, s);
    w.EndObject();
  }

  // An event's target or imposer: {actor?, country?, name?, text, start, end}.
  template <typename Writer>
  void Party(Writer& w, const EventTarget& t) {
    w.StartObject();
    if (t.actor >= 0) {
      Key(w, "actor");
      ActorRef(w, t.actor);
    }
    if (!t.country.empty()) {
      Key(w, "country");
      String(w, t.country);
    }
    if (!t.name.empty()) {
      Key(w, "name");
      String(w, t.name);
    }
    Key(w, "text");
    String(w, Slice(t.span));
    SpanFields(w, t.span);
    w.EndObject();
  }

  // [{group, text, events: [index...]}], one per sanctions event group.
  template <typename Writer>
  void KeyFacts(Writer& w) {
    Key(w, "keyFacts");
    w.StartArray();
    for (const KeyFact& f : a_.key_facts) {
      w.StartObject();
      Key(w, "group");
      w.Int(f.group);
      Key(w, "text");
      String(w, f.text);
      Key(w, "events");
      w.StartArray();
      for (int i : f.events) w.Int(i);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }

  template <typename Writer>
  void Events(Writer& w) {
    Key(w, "events");
    w.StartArray();
    for (const Event& e : a_.events) {
      w.StartObject();
      Key(w, "type");
      w.String("sanction");
      Key(w, "action");
      String(w, e.action);
      if (!e.code.empty()) {
        Key(w, "code");
        String(w, e.code);
      }
      if (!e.plover.empty()) {
        Key(w, "plover");
        String(w, e.plover);
      }
      TextSpan(w, "trigger", e.trigger);
      TextSpan(w, "sentence", e.sentence);
      Key(w, "imposers");
      w.StartArray();
      for (int i : e.imposers) ActorRef(w, i);
      w.EndArray();
      Key(w, "targets");
      w.StartArray();
      for (const EventTarget& t : e.targets) Party(w, t);
      w.EndArray();
      Key(w, "imposerSpans");
      w.StartArray();
      for (const EventTarget& t : e.imposer_spans) Party(w, t);
      w.EndArray();
      if (!e.reason.empty()) TextSpan(w, "reason", e.reason);
      if (!e.date.empty()) {
        Key(w, "date");
        String(w, Slice(e.date));
      }
      if (e.speaker >= 0) {
        Key(w, "speaker");
        ActorRef(w, e.speaker);
      }
      Key(w, "counter");
      w.Bool(e.counter);
      Key(w, "group");
      w.Int(e.group);
      w.EndObject();
    }
    w.EndArray();
  }

  const Analysis& a_;
  Utf16Index utf16_;
};

}  // namespace

std::string ToJson(const Analysis& analysis) { return JsonReport(analysis).Write(); }

std::string ErrorToJson(const Status& status) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  Key(w, "code");
  w.String(StatusCodeName(status.code()));
  Key(w, "message");
  String(w, status.message());
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace lede
