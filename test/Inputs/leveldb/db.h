// Mock <leveldb/db.h> (with Slice, Status and WriteBatch, which the real
// library keeps in their own headers).
#ifndef MOCK_LEVELDB_DB_H
#define MOCK_LEVELDB_DB_H
#include <string>
namespace leveldb {
class Slice {
public:
  Slice();
  Slice(const char *d, unsigned long n);
  Slice(const std::string &s);
  Slice(const char *s);
  const char *data() const;
  unsigned long size() const;
  std::string ToString() const;
};
class Status {
public:
  bool ok() const;
};
struct WriteOptions {};
struct ReadOptions {};
class WriteBatch {
public:
  void Put(const Slice &key, const Slice &value);
  void Delete(const Slice &key);
};
class DB {
public:
  virtual ~DB();
  virtual Status Put(const WriteOptions &options, const Slice &key, const Slice &value) = 0;
  virtual Status Delete(const WriteOptions &options, const Slice &key) = 0;
  virtual Status Write(const WriteOptions &options, WriteBatch *updates) = 0;
  virtual Status Get(const ReadOptions &options, const Slice &key, std::string *value) = 0;
};
} // namespace leveldb
#endif
