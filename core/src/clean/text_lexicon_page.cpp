// The page around the story: credits, captions, date stamps, closing boilerplate, consent.
#include <string>
#include <string_view>

#include "clean/text_lexicon.h"
#include "clean/text_words.h"
#include "text/ascii.h"
#include "text/normalize.h"

namespace lede {

bool IsCreditLine(const TextLine& l) {
  if (l.word_count == 0 || l.word_count > 40) return false;
  static const Phrases lead =
      MakePhrases({"photo by", "photos by", "photograph by", "photography by", "illustration by",
                   "illustrations by", "graphic by", "graphics by", "video by", "words by"});
  if (IsClosingCredit(l) || FindPhrase(l.words, lead, 0) == 0) return true;
  static const Phrases byline = MakePhrases(
      {"written by", "reported by", "produced by", "edited by", "story by", "com reportagem de"});
  if (l.word_count <= 12 && FindPhrase(l.words, byline, 0) == 0) return true;
  if (l.word_count <= 15 &&
      StartsWithAny(
          l.lower, {"photo:",        "photo credit", "photograph:", "photos:",   "image:",
                    "image source",  "picture:",     "credit:",     "credits:",  "foto:",
                    "fotos:",        "фото:",        "imagem:",     "автор:",    "текст:",
                    "источник фото", "fonte:",       "crédito:",    "créditos:", "crédit photo"})) {
    return true;
  }
  // A byline: "By Jane Doe", "Por João Silva, de Brasília".
  static const WordSet by = MakeSet({"by", "por", "par", "von"});
  if (l.word_count <= 12 && l.words.size() >= 2 && by.count(l.words[0]) && l.shape[1] == 'U' &&
      !l.ends_period) {
    return true;
  }
  // A picture's copyright, short: "(c) Reuters", "© Jane Doe".
  // A site's notice carries a year ("© 2024 Example Media") and is footer.
  bool copyright_mark = StartsWithAny(l.lower, {"\xC2\xA9", "(c)"});
  bool year = false;
  for (std::string_view w : l.words) year = year || LooksLikeYearOrDate(w);
  return copyright_mark && l.word_count <= 8 && !year &&
         !ContainsAny(l.lower, {"rights reserved", "direitos reservados", "права защищены"});
}

bool IsClosingCredit(const TextLine& l) {
  if (l.word_count == 0 || l.word_count > 40) return false;
  static const Phrases lead =
      MakePhrases({"with reporting by", "with additional reporting by", "additional reporting by",
                   "reporting by", "editing by", "writing by", "compiled by", "com informações de",
                   "com informações da", "com informações do", "reportagem de", "edição de",
                   "con información de", "con reporte de", "reportaje de", "avec l'afp",
                   "при участии", "mit material von"});
  return FindPhrase(l.words, lead, 0) == 0;
}

bool IsCaptionLine(const TextLine& l) { return StartsAsCaption(l.lower); }

bool StartsAsCaption(std::string_view lower) {
  // At most kCaptionCueBytes long (a test checks).
  return StartsWithAny(
      lower, {"image caption", "caption:", "caption,", "legenda:", "подпись:", "pie de foto",
              "légende:", "bildunterschrift", "didascalia:", "media caption"});
}

bool HasCaptionCue(const TextLine& l) {
  return ContainsAny(
      l.lower,
      {"(left)",       "(right)",     "(center)",  "(centre)",   "(l)",      "(r)",
       "(l-r)",        "(from left)", "from left", "pictured",   "pose for", "poses for",
       "posing",       "file photo",  "photo:",    "photograph", "getty",    "afp",
       "reuters",      "ap photo",    "/epa",      "epa/",       "(epa",     "à esquerda",
       "à direita",    "na foto",     "слева",     "справа",     "на фото",  "a la izquierda",
       "a la derecha", "à gauche",    "à droite",  "(links)",    "(rechts)", "a sinistra",
       "a destra",     "in foto"});
}

bool EndsWithPhotoCredit(const TextLine& l) { return EndsWithPhotoCreditText(l.lower); }

bool EndsWithPhotoCreditText(std::string_view lower) {
  size_t from = lower.size() > kCaptionCueBytes ? lower.size() - kCaptionCueBytes : 0;
  std::string_view tail = lower.substr(from);
  return ContainsAny(
      tail, {"photograph:", "photo:", "getty images", "/reuters", "/afp", "/epa", "shutterstock",
             "via getty", "foto:", "фото:", "/tass", "/ria novosti", "/anadolu", "/sopa images"});
}

bool IsDateLine(const TextLine& l) {
  if (l.word_count == 0 || l.word_count > 14 || IsProse(l)) return false;
  static const WordSet anchor = MakeSet(
      {"january",   "february",  "march",    "april",     "may",       "june",       "july",
       "august",    "september", "october",  "november",  "december",  "jan",        "feb",
       "mar",       "apr",       "jun",      "jul",       "aug",       "sep",        "sept",
       "oct",       "nov",       "dec",      "ago",       "yesterday", "today",      "janeiro",
       "fevereiro", "março",     "abril",    "maio",      "junho",     "julho",      "agosto",
       "setembro",  "outubro",   "novembro", "dezembro",  "fev",       "abr",        "mai",
       "ago",       "set",       "out",      "dez",       "hoje",      "ontem",      "enero",
       "febrero",   "marzo",     "mayo",     "junio",     "julio",     "septiembre", "octubre",
       "noviembre", "diciembre", "ayer",     "hoy",       "janvier",   "février",    "mars",
       "avril",     "juin",      "juillet",  "août",      "septembre", "octobre",    "novembre",
       "décembre",  "hier",      "januar",   "februar",   "märz",      "juni",       "juli",
       "oktober",   "dezember",  "gestern",  "heute",     "gennaio",   "febbraio",   "aprile",
       "maggio",    "giugno",    "luglio",   "settembre", "ottobre",   "dicembre",   "ieri",
       "oggi",      "января",    "февраля",  "марта",     "апреля",    "мая",        "июня",
       "июля",      "августа",   "сентября", "октября",   "ноября",    "декабря",    "январь",
       "февраль",   "март",      "апрель",   "май",       "июнь",      "июль",       "август",
       "сентябрь",  "октябрь",   "ноябрь",   "декабрь",   "назад",     "вчера",      "сегодня"});
  static const WordSet filler = MakeSet({"published",
                                         "updated",
                                         "posted",
                                         "last",
                                         "read",
                                         "min",
                                         "mins",
                                         "minute",
                                         "minutes",
                                         "hour",
                                         "hours",
                                         "day",
                                         "days",
                                         "week",
                                         "weeks",
                                         "month",
                                         "months",
                                         "am",
                                         "pm",
                                         "gmt",
                                         "utc",
                                         "bst",
                                         "est",
                                         "edt",
                                         "cet",
                                         "cest",
                                         "msk",
                                         "pst",
                                         "et",
                                         "at",
                                         "on",
                                         "of",
                                         "the",
                                         "monday",
                                         "tuesday",
                                         "wednesday",
                                         "thursday",
                                         "friday",
                                         "saturday",
                                         "sunday",
                                         "mon",
                                         "tue",
                                         "wed",
                                         "thu",
                                         "fri",
                                         "sat",
                                         "sun",
                                         "de",
                                         "em",
                                         "às",
                                         "atualizado",
                                         "publicado",
                                         "atualizada",
                                         "publicada",
                                         "há",
                                         "horas",
                                         "h",
                                         "minutos",
                                         "dias",
                                         "обновлено",
                                         "опубликовано",
                                         "в",
                                         "г",
                                         "года",
                                         "ч",
                                         "час",
                                         "часа",
                                         "часов",
                                         "мин",
                                         "минут",
                                         "actualizado",
                                         "publicado",
                                         "hace",
                                         "a",
                                         "las",
                                         "publié",
                                         "mis",
                                         "à",
                                         "jour",
                                         "le",
                                         "il",
                                         "y",
                                         "aktualisiert",
                                         "veröffentlicht",
                                         "am",
                                         "um",
                                         "vor",
                                         "stunden",
                                         "uhr",
                                         "aggiornato",
                                         "pubblicato",
                                         "alle",
                                         "fa",
                                         "ore",
                                         "segunda",
                                         "terça",
                                         "quarta",
                                         "quinta",
                                         "sexta",
                                         "feira",
                                         "sábado",
                                         "domingo"});
  int anchors = 0, datey = 0;
  for (std::string_view w : l.words) {
    bool number = !w.empty() && w[0] >= '0' && w[0] <= '9';
    if (anchor.count(w) || LooksLikeYearOrDate(w)) {
      ++anchors;
      ++datey;
    } else if (number || filler.count(w)) {
      ++datey;
    }
  }
  return anchors > 0 && datey * 10 >= static_cast<int>(l.words.size()) * 7;
}

bool IsFooterBoilerplate(const TextLine& l) {
  if (ContainsAny(l.lower, {"all rights reserved", "todos os direitos reservados",
                            "все права защищены", "derechos reservados", "tous droits réservés",
                            "alle rechte vorbehalten", "tutti i diritti riservati"})) {
    return true;
  }
  // Short notices only: an article may well discuss copyright or a privacy policy.
  if (l.word_count <= 30 &&
      ContainsAny(l.lower,
                  {"copyright", "\xC2\xA9", "terms of use", "terms of service", "privacy policy",
                   "política de privacidade", "политика конфиденциальности"})) {
    return true;
  }
  // About-us blurbs: the outlet speaking of itself in the first person plural, in its own
  // voice (not inside a quote), about its journalism.
  if (l.word_count > 80) return false;
  static const WordSet we = MakeSet(
      {"we",   "our",   "us",   "we're", "nós",    "nossa",    "nosso",   "nossos",  "nossas",
       "мы",   "наш",   "наша", "наши",  "нас",    "nosotros", "nuestro", "nuestra", "nuestros",
       "nous", "notre", "wir",  "unser", "unsere", "noi",      "nostro",  "nostra"});
  static const WordSet outlet = MakeSet(
      {"news",        "journalism",  "journalists", "journalist",   "reporting",  "readers",
       "independent", "press",       "newsroom",    "coverage",     "media",      "mission",
       "founded",     "nonprofit",   "donate",      "editorial",    "uncensored", "jornalismo",
       "jornalistas", "jornalista",  "leitores",    "notícias",     "журналисты", "журналистика",
       "новости",     "читатели",    "читателей",   "редакция",     "сми",        "periodismo",
       "periodistas", "lectores",    "journalisme", "journalistes", "lecteurs",   "journalismus",
       "leser",       "giornalismo", "giornalisti", "lettori"});
  bool speaks_as_we = false, about_news = false;
  for (size_t i = 0; i < l.words.size(); ++i) {
    if (l.quoted[i] == 'q') continue;
    std::string_view w = l.words[i];
    // "US" is a country, "us" a pronoun.
    if (we.count(w) && !(w == "us" && l.shape[i] != 'l')) speaks_as_we = true;
    if (outlet.count(w)) about_news = true;
  }
  return speaks_as_we && about_news;
}

bool IsConsentText(const TextLine& l) {
  if (!ContainsAny(l.lower, {"cookie", "куки"})) return false;
  static const WordSet consent = MakeSet(
      {"accept",      "consent",   "agree",         "preferences",    "settings", "manage",
       "aceitar",     "aceito",    "consentimento", "concorda",       "согласие", "принимаю",
       "принять",     "согласны",  "aceptar",       "consentimiento", "accepter", "consentement",
       "akzeptieren", "zustimmen", "einwilligung",  "accetta",        "consenso"});
  return HasWord(l, consent) ||
         ContainsAny(l.lower, {"we use", "this site uses", "this website uses", "by continuing",
                               "usamos", "utilizamos", "nous utilisons", "wir verwenden",
                               "utilizziamo", "мы используем"});
}

namespace {

bool EqualsAsciiLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (ToAsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

}  // namespace

bool MayBeConsentText(std::string_view text) {
  // Lower-cased, "cookie" comes from ASCII letters or from the two non-ASCII characters that
  // lower-case to ASCII, İ (U+0130) and the Kelvin sign (U+212A); "куки" needs к or К.
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if ((b | 0x20) == 'k') {
      if (i >= 3 && i + 3 <= n && EqualsAsciiLower(text.substr(i - 3, 6), "cookie")) return true;
      continue;
    }
    if (b < 0xC4 || i + 1 >= n) continue;
    const unsigned char next = static_cast<unsigned char>(text[i + 1]);
    if (b == 0xC4 && next == 0xB0) return true;
    if (b == 0xD0 && (next == 0xBA || next == 0x9A)) return true;
    if (b == 0xE2 && next == 0x84 && i + 2 < n && static_cast<unsigned char>(text[i + 2]) == 0xAA) {
      return true;
    }
  }
  return false;
}

namespace {

// A lower bound on MeasureLine's word count: an ASCII letter or digit at the start, and every
// one after a space, starts a word of its own.
bool HasMoreWordsThan(std::string_view text, int limit) {
  int words = !text.empty() && IsAsciiAlnum(text[0]);
  for (size_t i = 0; i + 1 < text.size() && words <= limit; ++i) {
    words += text[i] == ' ' && IsAsciiAlnum(text[i + 1]);
  }
  return words > limit;
}

}  // namespace

LongLineVerdict ReadLongLine(std::string_view text) {
  if (!HasMoreWordsThan(text, kMaxPromoLineWords) || MayBeConsentText(text)) {
    return LongLineVerdict::kMeasure;
  }
  // Every character lower-cases to at least one byte: kCaptionCueBytes characters from each
  // end cover the bytes the cues read.
  size_t head_end = 0;
  for (size_t k = 0; k < kCaptionCueBytes && head_end < text.size(); ++k) {
    head_end = NextCodePoint(text, head_end);
  }
  size_t tail_begin = text.size();
  for (size_t k = 0; k < kCaptionCueBytes && tail_begin > 0; ++k) {
    tail_begin = PreviousCodePoint(text, tail_begin);
  }
  const std::string head = LowerLikeMeasureLine(text.substr(0, head_end));
  const std::string tail = LowerLikeMeasureLine(text.substr(tail_begin));
  return StartsAsCaption(head) || EndsWithPhotoCreditText(tail) ? LongLineVerdict::kCaption
                                                                  : LongLineVerdict::kPlain;
}

}  // namespace lede
