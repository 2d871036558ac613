#include "events/places.h"

#include <string>
#include <unordered_map>

namespace lede {
namespace events {
namespace {

struct Entry {
  const char* key;
  PlaceInfo info;
};

// Kept short on purpose: the actors stage owns the full country gazetteer; this covers the
// parties sanctions news names most (and their adjectives, which are rarely entities).
const Entry kEntries[] = {
    {"united states", {"USA", "United States", false}},
    {"us", {"USA", "United States", false}},
    {"u.s.", {"USA", "United States", false}},
    {"usa", {"USA", "United States", false}},
    {"america", {"USA", "United States", false}},
    {"american", {"USA", "United States", false}},
    {"washington", {"USA", "United States", true}},
    {"white house", {"USA", "United States", true}},
    {"united kingdom", {"GBR", "United Kingdom", false}},
    {"uk", {"GBR", "United Kingdom", false}},
    {"u.k.", {"GBR", "United Kingdom", false}},
    {"britain", {"GBR", "United Kingdom", false}},
    {"great britain", {"GBR", "United Kingdom", false}},
    {"british", {"GBR", "United Kingdom", false}},
    {"london", {"GBR", "United Kingdom", true}},
    {"european union", {"EU", "European Union", false}},
    {"eu", {"EU", "European Union", false}},
    {"european", {"EU", "European Union", false}},
    {"european commission", {"EU", "European Union", false}},
    {"brussels", {"EU", "European Union", true}},
    {"united nations", {"UN", "United Nations", false}},
    {"un", {"UN", "United Nations", false}},
    {"u.n.", {"UN", "United Nations", false}},
    {"security council", {"UN", "UN Security Council", false}},
    {"un security council", {"UN", "UN Security Council", false}},
    {"nato", {"NATO", "NATO", false}},
    {"western", {"", "the West", false}},
    {"west", {"", "the West", false}},
    {"china", {"CHN", "China", false}},
    {"chinese", {"CHN", "China", false}},
    {"beijing", {"CHN", "China", true}},
    {"russia", {"RUS", "Russia", false}},
    {"russian", {"RUS", "Russia", false}},
    {"moscow", {"RUS", "Russia", true}},
    {"kremlin", {"RUS", "Russia", true}},
    {"chechen", {"RUS", "Russia", false}},
    {"soviet union", {"RUS", "Soviet Union", false}},
    {"soviet", {"RUS", "Soviet Union", false}},
    {"japan", {"JPN", "Japan", false}},
    {"japanese", {"JPN", "Japan", false}},
    {"tokyo", {"JPN", "Japan", true}},
    {"iran", {"IRN", "Iran", false}},
    {"iranian", {"IRN", "Iran", false}},
    {"tehran", {"IRN", "Iran", true}},
    {"iraq", {"IRQ", "Iraq", false}},
    {"iraqi", {"IRQ", "Iraq", false}},
    {"baghdad", {"IRQ", "Iraq", true}},
    {"syria", {"SYR", "Syria", false}},
    {"syrian", {"SYR", "Syria", false}},
    {"damascus", {"SYR", "Syria", true}},
    {"north korea", {"PRK", "North Korea", false}},
    {"north korean", {"PRK", "North Korea", false}},
    {"pyongyang", {"PRK", "North Korea", true}},
    {"south korea", {"KOR", "South Korea", false}},
    {"south korean", {"KOR", "South Korea", false}},
    {"seoul", {"KOR", "South Korea", true}},
    {"cuba", {"CUB", "Cuba", false}},
    {"cuban", {"CUB", "Cuba", false}},
    {"havana", {"CUB", "Cuba", true}},
    {"libya", {"LBY", "Libya", false}},
    {"libyan", {"LBY", "Libya", false}},
    {"tripoli", {"LBY", "Libya", true}},
    {"india", {"IND", "India", false}},
    {"indian", {"IND", "India", false}},
    {"new delhi", {"IND", "India", true}},
    {"pakistan", {"PAK", "Pakistan", false}},
    {"pakistani", {"PAK", "Pakistan", false}},
    {"canada", {"CAN", "Canada", false}},
    {"canadian", {"CAN", "Canada", false}},
    {"ottawa", {"CAN", "Canada", true}},
    {"germany", {"DEU", "Germany", false}},
    {"german", {"DEU", "Germany", false}},
    {"berlin", {"DEU", "Germany", true}},
    {"france", {"FRA", "France", false}},
    {"french", {"FRA", "France", false}},
    {"paris", {"FRA", "France", true}},
    {"italy", {"ITA", "Italy", false}},
    {"italian", {"ITA", "Italy", false}},
    {"spain", {"ESP", "Spain", false}},
    {"spanish", {"ESP", "Spain", false}},
    {"netherlands", {"NLD", "Netherlands", false}},
    {"dutch", {"NLD", "Netherlands", false}},
    {"sweden", {"SWE", "Sweden", false}},
    {"swedish", {"SWE", "Sweden", false}},
    {"norway", {"NOR", "Norway", false}},
    {"switzerland", {"CHE", "Switzerland", false}},
    {"swiss", {"CHE", "Switzerland", false}},
    {"australia", {"AUS", "Australia", false}},
    {"australian", {"AUS", "Australia", false}},
    {"south africa", {"ZAF", "South Africa", false}},
    {"south african", {"ZAF", "South Africa", false}},
    {"pretoria", {"ZAF", "South Africa", true}},
    {"zimbabwe", {"ZWE", "Zimbabwe", false}},
    {"zimbabwean", {"ZWE", "Zimbabwe", false}},
    {"burma", {"MMR", "Myanmar", false}},
    {"myanmar", {"MMR", "Myanmar", false}},
    {"burmese", {"MMR", "Myanmar", false}},
    {"venezuela", {"VEN", "Venezuela", false}},
    {"venezuelan", {"VEN", "Venezuela", false}},
    {"belarus", {"BLR", "Belarus", false}},
    {"belarusian", {"BLR", "Belarus", false}},
    {"ukraine", {"UKR", "Ukraine", false}},
    {"ukrainian", {"UKR", "Ukraine", false}},
    {"turkey", {"TUR", "Turkey", false}},
    {"turkish", {"TUR", "Turkey", false}},
    {"israel", {"ISR", "Israel", false}},
    {"israeli", {"ISR", "Israel", false}},
    {"saudi arabia", {"SAU", "Saudi Arabia", false}},
    {"saudi", {"SAU", "Saudi Arabia", false}},
    {"sudan", {"SDN", "Sudan", false}},
    {"sudanese", {"SDN", "Sudan", false}},
    {"taiwan", {"TWN", "Taiwan", false}},
    {"taiwanese", {"TWN", "Taiwan", false}},
    {"nicaragua", {"NIC", "Nicaragua", false}},
    {"panama", {"PAN", "Panama", false}},
    {"serbia", {"SRB", "Serbia", false}},
    {"yugoslavia", {"SRB", "Yugoslavia", false}},
    {"afghanistan", {"AFG", "Afghanistan", false}},
    {"afghan", {"AFG", "Afghanistan", false}},
    {"poland", {"POL", "Poland", false}},
    {"polish", {"POL", "Poland", false}},
    {"brazil", {"BRA", "Brazil", false}},
    {"argentina", {"ARG", "Argentina", false}},
    {"mexico", {"MEX", "Mexico", false}},
    {"chile", {"CHL", "Chile", false}},
    {"egypt", {"EGY", "Egypt", false}},
    {"angola", {"AGO", "Angola", false}},
    {"lebanon", {"LBN", "Lebanon", false}},
    {"hong kong", {"HKG", "Hong Kong", false}},
    {"vietnam", {"VNM", "Vietnam", false}},
    {"indonesia", {"IDN", "Indonesia", false}},
    {"malaysia", {"MYS", "Malaysia", false}},
    {"philippines", {"PHL", "Philippines", false}},
    {"new zealand", {"NZL", "New Zealand", false}},
    {"korea", {"KOR", "Korea", false}},
};

const std::unordered_map<std::string, PlaceInfo>& Table() {
  static const std::unordered_map<std::string, PlaceInfo> table = [] {
    std::unordered_map<std::string, PlaceInfo> t;
    for (const Entry& e : kEntries) t.emplace(e.key, e.info);
    return t;
  }();
  return table;
}

}  // namespace

const PlaceInfo* LookupPlace(std::string_view lower) {
  const auto& table = Table();
  auto it = table.find(std::string(lower));
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace events
}  // namespace lede
