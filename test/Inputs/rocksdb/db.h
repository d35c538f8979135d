// Mock <rocksdb/db.h>.
#ifndef MOCK_ROCKSDB_DB_H
#define MOCK_ROCKSDB_DB_H
#include <string>
namespace rocksdb {
class Slice {
public:
  Slice();
  Slice(const char *d, unsigned long n);
  Slice(const std::string &s);
  Slice(const char *s);
  const char *data() const;
  std::string ToString() const;
};
class Status {
public:
  bool ok() const;
};
struct WriteOptions {};
class ColumnFamilyHandle;
class DB {
public:
  virtual ~DB();
  virtual Status Put(const WriteOptions &options, ColumnFamilyHandle *cf,
                     const Slice &key, const Slice &value) = 0;
  virtual Status Put(const WriteOptions &options, const Slice &key, const Slice &value);
  virtual Status Delete(const WriteOptions &options, const Slice &key);
};
class WriteBatch {
public:
  Status Put(const Slice &key, const Slice &value);
};
} // namespace rocksdb
#endif
