// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// LevelDB and RocksDB: keys and values put into the database or a write
// batch are stored. A Slice built from a string carries its data.
#include <leveldb/db.h>
#include <leveldb/write_batch.h>
#include <rocksdb/db.h>
#include <string>

struct Partner {
  std::string iin;
  std::string phone;
  std::string email;
  int attempts;
};

namespace repo {
void save_leveldb(leveldb::DB *db, const Partner &p) {
  db->Put(leveldb::WriteOptions(), "partner:" + p.iin, "active");
  // CHECK: :[[@LINE-1]]:3: warning: personal data (person.national_id) from 'Partner::iin' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: note: reaches storage through 'leveldb::DB::Put'
  leveldb::WriteBatch batch;
  batch.Put("phone", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  db->Write(leveldb::WriteOptions(), &batch);
  // APPROVED-NOT: pii-storage
}

void save_rocksdb(rocksdb::DB *db, rocksdb::ColumnFamilyHandle *cf, const Partner &p) {
  rocksdb::Slice value(p.email);
  db->Put(rocksdb::WriteOptions(), cf, "email", value);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: note: reaches storage through 'rocksdb::DB::Put'
  db->Put(rocksdb::WriteOptions(), "phone", p.phone);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
}

void not_personal(leveldb::DB *db, rocksdb::DB *rdb, const Partner &p) {
  // A counter is not personal data; deleting a key and reading store
  // nothing.
  db->Put(leveldb::WriteOptions(), "attempts", std::to_string(p.attempts));
  db->Delete(leveldb::WriteOptions(), p.iin);
  std::string out;
  db->Get(leveldb::ReadOptions(), "phone", &out);
  rdb->Delete(rocksdb::WriteOptions(), p.phone);
}
} // namespace repo
