// Mock <boost/log/trivial.hpp> with <boost/log/sources/record_ostream.hpp>:
// BOOST_LOG_TRIVIAL(lvl) and BOOST_LOG_SEV(logger, lvl) open a record and
// insert into aux::record_pump::stream(), a basic_record_ostream, as
// BOOST_LOG_STREAM_WITH_PARAMS_INTERNAL expands them.
#ifndef MOCK_BOOST_LOG_TRIVIAL_HPP
#define MOCK_BOOST_LOG_TRIVIAL_HPP
#include <ostream>
#include <string>
namespace boost {
namespace log {
class record {
public:
  bool operator!() const;
};
template <typename CharT> class basic_formatting_ostream {
public:
  basic_formatting_ostream &operator<<(const CharT *p);
  basic_formatting_ostream &operator<<(const std::basic_string<CharT> &s);
  basic_formatting_ostream &operator<<(int v);
  basic_formatting_ostream &operator<<(long v);
};
template <typename CharT>
class basic_record_ostream : public basic_formatting_ostream<CharT> {
public:
  explicit basic_record_ostream(record &rec);
  void flush();
};
typedef basic_record_ostream<char> record_ostream;
namespace keywords {
struct severity_keyword {
  template <typename T> int operator=(const T &) const;
};
extern severity_keyword severity;
} // namespace keywords
namespace aux {
template <typename LoggerT> class record_pump {
public:
  record_pump(LoggerT &lg, record &rec);
  basic_record_ostream<char> &stream();
};
template <typename LoggerT>
record_pump<LoggerT> make_record_pump(LoggerT &lg, record &rec);
} // namespace aux
namespace sources {
template <typename LevelT> class severity_logger {
public:
  record open_record(int params);
  void push_record(record rec);
};
} // namespace sources
namespace trivial {
enum severity_level { trace, debug, info, warning, error, fatal };
struct logger {
  typedef sources::severity_logger<severity_level> logger_type;
  static logger_type &get();
};
} // namespace trivial
} // namespace log
} // namespace boost

#define BOOST_LOG_STREAM_WITH_PARAMS(logger, params)                           \
  for (::boost::log::record _boost_log_record = (logger).open_record(params);  \
       !!_boost_log_record;)                                                   \
  ::boost::log::aux::make_record_pump((logger), _boost_log_record).stream()
#define BOOST_LOG_SEV(logger, lvl)                                             \
  BOOST_LOG_STREAM_WITH_PARAMS((logger),                                       \
                               (::boost::log::keywords::severity = (lvl)))
#define BOOST_LOG_TRIVIAL(lvl)                                                 \
  BOOST_LOG_STREAM_WITH_PARAMS(                                                \
      ::boost::log::trivial::logger::get(),                                    \
      (::boost::log::keywords::severity = ::boost::log::trivial::lvl))
#endif
