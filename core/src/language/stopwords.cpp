#include "language/stopwords.h"

#include <algorithm>

#include <string>
#include <string_view>

#include "text/flat_string_map.h"

namespace lede {
namespace {

// Source: hand-written for this project (the team's own knowledge of each language's most
// frequent function words); no list was copied. Space-separated, lower case, NFC.
const char* const kLists[kProfileCount] = {
    // en
    "the of and to in is that for it was on with he as by at from his be this have are not but "
    "had they which has were would will been their said she who an or its after we there also "
    "more than about into could when what her them other over you do did can all so up out if new "
    "just only our my your these those because while should may",
    // de
    "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es "
    "wird werden wurde sind hat haben nach bei aus wie noch nur oder aber dass sie er wir ich war "
    "um über einer zum zur vor durch kann mehr schon seine ihre diese gegen ohne unter "
    "zwischen seit wenn weil hatte diesem dieser man sein keine kein am vom ins doch sehr neue "
    "neuen",
    // fr
    "le la les de des du un une et est en que qui dans pour pas sur au aux par avec ce cette il "
    "elle ils sont ont été mais plus ou se ne son sa ses leur nous vous être avait fait comme "
    "aussi qu lors après entre contre sans sous chez très tout tous même dont où ces nos leurs "
    "je on lui eux ni car donc quand avoir était déjà encore depuis pendant avant selon vers "
    "nouvelles nouveau nouvelle",
    // es
    "el la los las de del y en que un una es por para con no se su sus al lo como más pero ha "
    "han fue este esta está son le les ya muy también entre sobre desde hasta cuando sin ser era "
    "hay porque donde según contra otro otra todo todos nos mi ese esa durante tras aunque "
    "sino cual quien además nuevo nuevas nuevos lunes",
    // pt
    "o a os as de do da dos das e em no na nos nas um uma que é não por para com se seu sua ao à "
    "foi são mais mas como pelo pela também ele ela está já ser tem há quando muito isso entre "
    "sobre até ou após contra sem sob mesmo ainda depois durante seus suas num numa dele dela "
    "essa esse pelos pelas novo novas novos",
    // it
    "il lo la i gli le di del della dei delle e è un una che in per con non si da al alla nel "
    "nella sono ha come ma più anche questo questa essere stato era tra fra dopo ancora suo sua "
    "loro degli agli dal sul sulla contro senza sotto però cui questi quello quella molto "
    "tutto tutti ogni nuove nuovo nei negli alle ai sui dalla",
    // nl
    "de het een en van is dat in op te zijn met voor niet aan er ook als bij maar om door nog "
    "wordt worden werd naar uit dan hij zij ze wij we heeft hebben was kan zal deze dit die over "
    "tot geen meer haar hun tegen zonder onder tussen sinds omdat wel al nu nieuwe toen zo "
    "hoe wat wie waar alle mijn",
    // pl
    "i w z na do się nie że to jest o a od dla po jak ale za oraz przez być był była było są tym "
    "ten ta tego jego jej ich czy także już tylko może przy pod który która które co bardzo "
    "jednak we ze",
    // tr
    "ve bir bu da de için ile olarak çok daha ne gibi en ama sonra kadar olan var yok her o şey "
    "değil ise mi mı veya ya hem göre ancak bunu şu ki onun diye oldu olduğu tarafından yılında",
    // sv
    "och att det som en ett är av för på med till den har de inte om var jag men han hon vi sig "
    "så från kan vid efter eller ska också nu då när mot sina sin detta blev hade bara under "
    "över mycket",
    // da
    "og at det er en et af til den for på med som de har ikke der han hun vi sig var fra kan om "
    "men så efter eller skal også nu da når mod sine sin dette blev havde kun under over meget "
    "jeg vil være",
    // no
    "og i det er en et av til den for på med som de har ikke han hun vi seg var fra kan om men "
    "så etter eller skal også nå da når mot sine sin dette ble hadde bare under over mye jeg vil "
    "være",
    // fi
    "ja on ei se että oli ovat hän he me te kun mutta myös tai vain joka jotka kanssa sekä ole "
    "olla tämä tämän mukaan jo nyt vielä niin kuin mitä sen sitä hänen heidän olivat voi jälkeen "
    "yli",
    // ro
    "și şi în de la cu pe un o a al ale care că nu să este sunt din pentru mai au fost fi ce se "
    "lui ei dar sau prin după între această acest foarte",
    // cs
    "a je se v na že to s z do o k ve jako ale by jsou byl byla bylo není pro od po jeho její "
    "jejich který která které také už jen když tak podle při mezi před bude",
    // id
    "yang dan di ke dari ini itu dengan untuk tidak ada akan pada juga dalam adalah oleh sebagai "
    "atau karena sudah telah bisa mereka kami kita saya bahwa lebih para tersebut hanya masih "
    "saat setelah",
    // hu
    "a az és hogy nem egy is van volt meg de már csak még ez azt ezt mint vagy mert kell lesz "
    "lehet után szerint között amely aki pedig nagyon sem így mi ő ők",
    // vi
    "và của là có không được các những trong cho với một người này đã để khi từ đến cũng như về "
    "theo sẽ ra thì nhưng năm nhiều tại",
    // ru
    "и в не на что с по это как он она они но из к у за от о же то так все его ее её был была "
    "были быть уже для только или мы вы при бы если также этого который которые может когда "
    "чтобы есть еще ещё этом об против этой этот эта эти нет после перед между через под над "
    "более сегодня года их ним них",
    // uk
    "і й в у не на що з із по це як він вона вони але до за від про же то так все його її був "
    "була були бути вже для тільки або ми ви при б якщо також який які може коли щоб є ще цього "
    "цей ця їх проти цієї після перед між через під над більш сьогодні року ним них",
    // bg
    "и в не на че с по това като той тя те но от за да се са е ще си му ги го бил била вече само "
    "или ние вие при ако също който които може когато има още този тази пред след",
    // sr (Cyrillic)
    "и у не на да је се су са за од из који која које као али то он она они био била било бити "
    "већ само или ми ви при ако такође може када има још овај ова ово што му их кроз",
};

// The function words (views of the lists above, static storage: a lookup copies nothing),
// each with a bit per language. Looked up for every word of every text's sample: a flat
// table took this from std::unordered_map's string hashing and node chasing to a probe.
struct FunctionWordIndex {
  FlatStringMap<uint32_t> languages;
  size_t longest = 0;
};

FunctionWordIndex BuildIndex() {
  FunctionWordIndex index;
  for (int lang = 0; lang < kProfileCount; ++lang) {
    std::string_view list = kLists[lang];
    size_t i = 0;
    while (i < list.size()) {
      size_t j = list.find(' ', i);
      if (j == std::string_view::npos) j = list.size();
      if (j > i) {
        const std::string_view word = list.substr(i, j - i);
        *index.languages.Insert(word).first |= 1u << lang;
        index.longest = std::max(index.longest, word.size());
      }
      i = j + 1;
    }
  }
  return index;
}

const FunctionWordIndex& Index() {
  static const FunctionWordIndex index = BuildIndex();
  return index;
}

}  // namespace

uint32_t FunctionWordLanguages(std::string_view word) {
  const uint32_t* languages = Index().languages.Find(word);
  return languages == nullptr ? 0 : *languages;
}

size_t LongestFunctionWord() { return Index().longest; }

}  // namespace lede
