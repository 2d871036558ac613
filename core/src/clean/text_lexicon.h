#pragma once
// The few words copied pages share across sites: interface labels, calls to action, credit
// and date lines, closing boilerplate. Small multilingual lists (en, pt, es, fr, de, it, ru);
// the classifier leans on structure first and uses these only to name what a line is.

#include "clean/text_lines.h"

namespace lede {

// "Share", "16x9 Image", "Breaking News", "Accessibility links", "Related stories": a short
// line made only of interface words, numbers and sizes.
bool IsLabelLine(const TextLine& l);
// A label line that announces a list of links ("Related stories", "Read more", "Leia também").
bool IsRelatedHeader(const TextLine& l);
// "Read more: <headline>", "Watch: <headline>": a link with its label in front.
bool IsLabelledLink(const TextLine& l);
// An imperative call to action: subscribe, sign up, click here, follow us, download the app.
bool IsCallToAction(const TextLine& l);
// Words a promo blurb carries (you, your, newsletter, inbox, podcast...).
bool HasPromoWords(const TextLine& l);
// "With reporting by ...", "Reporting by ...; Editing by ...", "By Jane Doe", "Photo: ...".
bool IsCreditLine(const TextLine& l);
// The credits that close an article ("Reporting by ...; Editing by ...", "Com informações
// da Reuters"): what follows them is the page, not the story.
bool IsClosingCredit(const TextLine& l);
// "Image caption, ...", "Caption: ...".
bool IsCaptionLine(const TextLine& l);
// A caption's tell-tales: "(left)", "pictured", "pose for", a photo agency.
bool HasCaptionCue(const TextLine& l);
// Text closed by a photo credit: "... Photograph: Jane Doe/Reuters", "... AFP via Getty Images".
bool EndsWithPhotoCredit(const TextLine& l);
// A line that is a date or time stamp: "March 23, 2021", "Updated 2 hours ago", "5 min read".
bool IsDateLine(const TextLine& l);
// Copyright and rights notices, and first-person-plural blurbs about the outlet.
bool IsFooterBoilerplate(const TextLine& l);
// Cookie and consent banners.
bool IsConsentText(const TextLine& l);

}  // namespace lede
