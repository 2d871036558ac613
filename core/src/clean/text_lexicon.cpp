// Interface words: labels, lists of links, calls to action and promo blurbs.
#include "clean/text_lexicon.h"

#include <string>
#include <string_view>

#include "clean/text_words.h"
#include "text/find_text.h"

namespace lede {
namespace {

const WordSet& FunctionWords() {
  static const WordSet s =
      MakeSet({"the",  "a",     "an",    "to",   "of",   "on",   "in",    "this", "that", "for",
               "and",  "or",    "with",  "our",  "your", "you",  "my",    "all",  "us",   "it",
               "is",   "by",    "may",   "from", "at",   "here", "these", "esta", "este", "essa",
               "esse", "estas", "estos", "de",   "do",   "da",   "dos",   "das",  "e",    "o",
               "os",   "as",    "no",    "na",   "para", "com",  "em",    "la",   "le",   "les",
               "el",   "los",   "las",   "del",  "des",  "du",   "et",    "y",    "en",   "un",
               "une",  "und",   "der",   "die",  "das",  "zu",   "von",   "mit",  "il",   "di",
               "lo",   "gli",   "в",     "на",   "и",    "с",    "по",    "к",    "о",    "все"});
  return s;
}

// Words of a page's interface: buttons, tabs, menus, media labels, section markers.
const WordSet& LabelWords() {
  static const WordSet s = MakeSet(
      {// en
       "accessibility", "links", "link", "skip", "main", "content", "navigation", "menu", "search",
       "home", "homepage", "breaking", "news", "live", "latest", "image", "images", "photo",
       "photos", "picture", "pictures", "video", "videos", "gallery", "audio", "listen", "watch",
       "play", "share", "shares", "sharing", "comments", "comment", "print", "email", "mail",
       "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
       "instagram", "youtube", "tiktok", "messenger", "copy", "copied", "save", "saved", "bookmark",
       "advertisement", "advertising", "ad", "ads", "sponsored", "related", "stories", "story",
       "articles", "article", "topics", "topic", "tags", "tag", "top", "most", "read", "popular",
       "trending", "recommended", "next", "previous", "prev", "back", "close", "open", "expand",
       "collapse", "toggle", "show", "hide", "view", "more", "less", "full", "coverage", "accept",
       "reject", "agree", "manage", "preferences", "settings", "cookies", "cookie", "ok",
       "continue", "sign", "log", "login", "logout", "register", "subscribe", "min", "mins",
       "caption", "source", "loading", "load", "page", "edition", "international", "sections",
       "section", "about", "contact", "terms", "privacy", "policy", "careers", "help", "faq",
       "sitemap", "rss", "feedback", "also", "like", "follow", "feed", "options", "transcript",
       "enlarge", "fullscreen", "slideshow", "infographic", "podcasts", "newsletters", "jump", "up",
       "down", "reading", "list", "notifications", "alerts", "gift", "explore", "viewed", "watched",
       "shared", "commented", "reuse",
       // pt
       "compartilhe", "compartilhar", "partilhar", "partilhe", "comentários", "comentar", "imagem",
       "foto", "fotos", "vídeo", "vídeos", "publicidade", "anúncio", "leia", "também", "mais",
       "relacionadas", "relacionados", "notícias", "últimas", "assine", "entrar", "busca",
       "pesquisar", "ouvir", "fechar", "baixar", "download", "aceitar", "rejeitar", "salvar",
       "veja", "ver", "tópicos", "lidas", "galeria", "início", "siga", "ir", "conteúdo", "pular",
       "notícia",
       // es
       "compartir", "comentarios", "imagen", "publicidad", "lee", "más", "noticias", "cerrar",
       "aceptar", "rechazar", "guardar", "buscar", "portada", "galería",
       // fr
       "partager", "commentaires", "publicité", "lire", "aussi", "plus", "actualités", "fermer",
       "accepter", "refuser", "voir", "accueil", "rechercher", "vidéo",
       // de
       "teilen", "kommentare", "bild", "bilder", "anzeige", "werbung", "lesen", "auch", "mehr",
       "nachrichten", "schließen", "akzeptieren", "suche", "startseite",
       // it
       "condividi", "commenti", "immagine", "pubblicità", "leggi", "anche", "notizie", "chiudi",
       "accetta", "cerca",
       // ru
       "поделиться", "комментарии", "комментарий", "фото", "видео", "реклама", "читайте", "также",
       "новости", "главное", "ещё", "еще", "подробнее", "поиск", "меню", "войти", "закрыть",
       "принять", "теги", "сюжет", "теме", "популярное", "источник", "изображение", "слушать",
       "смотрите", "смотреть", "галерея", "лента", "перейти", "содержанию", "основному",
       "контенту"});
  return s;
}

// Words that announce a list of other stories; "more" alone does not ("More menu").
const WordSet& RelatedWords() {
  static const WordSet s = MakeSet(
      {"related", "read",     "also",         "recommended",  "popular", "trending", "story",
       "stories", "topics",   "articles",     "next",         "viewed",  "like",     "leia",
       "veja",    "também",   "relacionadas", "relacionados", "lidas",   "lee",      "lire",
       "aussi",   "lesen",    "auch",         "leggi",        "anche",   "читайте",  "также",
       "теме",    "смотрите", "популярное"});
  return s;
}

}  // namespace

bool IsLabelLine(const TextLine& l) {
  if (l.word_count < 1 || l.word_count > 5 || l.words.empty() || l.ends_period) return false;
  const WordSet& labels = LabelWords();
  const WordSet& function = FunctionWords();
  int vocab = 0, other = 0;
  for (std::string_view w : l.words) {
    if (labels.count(w)) {
      ++vocab;
    } else if (!function.count(w) && !IsNumberish(w)) {
      ++other;
    }
  }
  if (static_cast<int>(l.words.size()) != l.word_count) return false;
  // A row of share buttons may carry a name the list lacks ("Facebook Twitter Google+ Email").
  return vocab > 0 && (other == 0 || (vocab >= 3 && vocab >= 3 * other));
}

bool IsRelatedHeader(const TextLine& l) { return IsLabelLine(l) && HasWord(l, RelatedWords()); }

bool IsLabelledLink(const TextLine& l) {
  static_assert(kMaxLabelledLinkWords <= kMaxPromoLineWords, "ReadLongLine relies on it");
  if (l.word_count > kMaxLabelledLinkWords || l.ends_period) return false;
  size_t colon = l.lower.find(':');
  if (colon == std::string::npos || colon + 1 >= l.lower.size()) return false;
  if (colon > 40) return false;
  TextLine head = MeasureLine(l.lower.substr(0, colon));
  return IsLabelLine(head);
}

bool IsCallToAction(const TextLine& l) {
  static const Phrases cta =
      MakePhrases({"subscribe",    "subscribing",      "newsletter",        "newsletters",
                   "sign up",      "signup",           "click here",        "tap here",
                   "follow us",    "download the app", "download our app",  "get the app",
                   "get our",      "register now",     "create an account", "create a free account",
                   "support our",  "become a member",  "join us",           "free trial",
                   "unlock",       "assine",           "assinar",           "inscreva",
                   "clique aqui",  "siga nos",         "baixe o app",       "baixe o aplicativo",
                   "cadastre se",  "receba",           "suscríbete",        "suscribirse",
                   "suscríbase",   "haz clic",         "síguenos",          "regístrate",
                   "boletín",      "abonnez",          "s'abonner",         "cliquez ici",
                   "inscrivez",    "suivez nous",      "téléchargez",       "abonnieren",
                   "hier klicken", "folgen sie uns",   "jetzt anmelden",    "iscriviti",
                   "abbonati",     "clicca qui",       "seguici",           "подпишитесь",
                   "подписаться",  "подписывайтесь",   "рассылка",          "рассылку",
                   "нажмите",      "скачайте",         "присоединяйтесь"});
  // Imperative shape: the call opens the line, or the line addresses the reader, or it is a
  // fragment rather than a reported sentence.
  static const WordSet address =
      MakeSet({"you",  "your", "our",   "você",    "seu",     "sua",  "nossa",  "nosso",
               "tu",   "tus",  "usted", "nuestro", "nuestra", "vous", "votre",  "notre",
               "dein", "ihr",  "unser", "unseren", "tuo",     "tua",  "nostro", "nostra",
               "вы",   "ваш",  "вас",   "наш",     "нашу",    "наши"});
  if (l.word_count <= 20) {
    int at = FindPhrase(l.words, cta, l.words.size());
    if (at >= 0 && (at <= 3 || HasWord(l, address) || !l.terminal)) return true;
  }
  // A call closing a blurb: "... with our newsletter. Sign up here."
  if (l.word_count > kMaxPromoLineWords) return false;
  // Only the line's last 60 bytes can hold a closing call.
  size_t from = l.lower.size() > 62 ? l.lower.size() - 62 : 0;
  std::string_view tail = std::string_view(l.lower).substr(from);
  for (const std::string& needle : cta.sentence_starts) {
    if (FindText(tail, needle) != std::string_view::npos) return true;
  }
  return false;
}

bool HasPromoWords(const TextLine& l) {
  // Only strong words: a blurb is taken into a promo box only when it sits beside the call.
  static const WordSet s = MakeSet(
      {"you",         "your",         "you'll",     "you're",      "yours",       "newsletter",
       "newsletters", "inbox",        "email",      "subscribers", "podcast",     "app",
       "subscribe",   "subscription", "membership", "donate",      "você",        "receba",
       "assinatura",  "assinante",    "вы",         "вас",         "ваш",         "вам",
       "рассылка",    "рассылку",     "подписка",   "usted",       "suscripción", "boletín",
       "vous",        "votre",        "abonnement", "dein",        "iscrizione"});
  return HasWord(l, s);
}

}  // namespace lede
