// Types that the labelled identifiers of identifiers.tsv use, beside the
// system headers: the strong types and typedefs a project would declare.
#include <cstdint>
#include <ctime>
#include <map>
#include <netinet/in.h>
#include <string>
#include <string_view>
#include <vector>

class PhoneNumber { std::string digits_; };
class EmailAddress { std::string text_; };
struct GeoPoint { double lat, lng; };
using Iin = std::string;
using Msisdn = std::uint64_t;
typedef std::string CardNumber;
enum class PhoneType { Mobile, Home };
enum Gender { Unknown, Female, Male };
struct Partner { std::string phone; };
