#pragma once
// The few words copied pages share across sites: interface labels, calls to action, credit
// and date lines, closing boilerplate. Small multilingual lists (en, pt, es, fr, de, it, ru);
// the classifier leans on structure first and uses these only to name what a line is.

#include <cstddef>
#include <string_view>

#include "clean/text_lines.h"

namespace lede {

// "Share", "16x9 Image", "Breaking News", "Accessibility links", "Related stories": a short
// line made only of interface words, numbers and sizes.
bool IsLabelLine(const TextLine& l);
// A label line that announces a list of links ("Related stories", "Read more", "Leia também").
bool IsRelatedHeader(const TextLine& l);
// "Read more: <headline>", "Watch: <headline>": a link with its label in front.
bool IsLabelledLink(const TextLine& l);
inline constexpr int kMaxLabelledLinkWords = 30;  // longer lines are not labelled links
// An imperative call to action: subscribe, sign up, click here, follow us, download the app.
bool IsCallToAction(const TextLine& l);
// Lines of more words are neither calls to action nor labelled links.
inline constexpr int kMaxPromoLineWords = 40;
// Words a promo blurb carries (you, your, newsletter, inbox, podcast...).
bool HasPromoWords(const TextLine& l);
// "With reporting by ...", "Reporting by ...; Editing by ...", "By Jane Doe", "Photo: ...".
bool IsCreditLine(const TextLine& l);
// The credits that close an article ("Reporting by ...; Editing by ...", "Com informações
// da Reuters"): what follows them is the page, not the story.
bool IsClosingCredit(const TextLine& l);
// "Image caption, ...", "Caption: ...".
bool IsCaptionLine(const TextLine& l);
// The same on the start of a lower-cased line (as TextLine::lower): only its first
// kCaptionCueBytes bytes are read.
bool StartsAsCaption(std::string_view lower);
// How far into a line's start or end the caption cues reach, in bytes of the lower-cased line.
inline constexpr size_t kCaptionCueBytes = 60;
// A caption's tell-tales: "(left)", "pictured", "pose for", a photo agency.
bool HasCaptionCue(const TextLine& l);
// Text closed by a photo credit: "... Photograph: Jane Doe/Reuters", "... AFP via Getty Images".
bool EndsWithPhotoCredit(const TextLine& l);
// The same on a lower-cased line: only its last kCaptionCueBytes bytes are read.
bool EndsWithPhotoCreditText(std::string_view lower);
// A line that is a date or time stamp: "March 23, 2021", "Updated 2 hours ago", "5 min read".
bool IsDateLine(const TextLine& l);
// Copyright and rights notices, and first-person-plural blurbs about the outlet.
bool IsFooterBoilerplate(const TextLine& l);
// Cookie and consent banners.
bool IsConsentText(const TextLine& l);
// False when `text` lower-cased (as MeasureLine does) cannot hold the words IsConsentText
// needs; read without measuring the line.
bool MayBeConsentText(std::string_view text);

// A paragraph of the story is most of a page's text, and none of the checks above fires on
// it: measuring it in full to learn that was most of the wording checks' time. For a line of
// more than kMaxPromoLineWords words (counted from its spaces) that MayBeConsentText rejects,
// only the caption cues at its edges are left to read. kMeasure: the shortcut does not apply.
enum class LongLineVerdict { kMeasure, kCaption, kPlain };
LongLineVerdict ReadLongLine(std::string_view text);

}  // namespace lede
