// Types that the labelled identifiers of identifiers.tsv use, beside the
// system headers: the strong types and typedefs a project would declare.
#include <cstdint>
#include <ctime>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
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

// More strong types and typedefs named after the data.
class PassportNumber { std::string text_; };
using Zhsn = std::string;
using Imei = std::string;
using Iban = std::string;
using Password = std::string;
class SessionToken { std::string text_; };
struct LatLng { double lat, lng; };

// The types of the asterisk declarations the list quotes (the same names,
// reduced to what a declaration needs).
struct ast_sockaddr { sockaddr_storage ss; socklen_t len; };
struct ast_variable;
struct ast_channel;
struct ast_sip_contact;
struct ao2_container;
struct ast_dns_record;
struct stasis_app_recording;
struct stasis_app_stored_recording;
struct ast_sip_info_recording_configuration { int enabled; char *onfeature; char *offfeature; };
struct generic_prepare_struct { char *sql; int argc; const char **argv; };
struct pval;
struct pj_str_t { char *ptr; long slen; };
union pj_sockaddr { sockaddr_in ipv4; sockaddr_in6 ipv6; };
struct ast_ignorepat;
struct cred_info_vector;
struct ast_vm_recording_data { const char *context; const char *recording_file; const char *recording_ext; const char *call_callerid; };
typedef struct evp_pkey_st EVP_PKEY;

// The leveldb types the list quotes.
namespace leveldb {
class Slice { const char *data_; std::size_t size_; };
class Status { const char *state_; };
} // namespace leveldb
