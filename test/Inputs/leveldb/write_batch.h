// Mock <leveldb/write_batch.h>.
#include <leveldb/db.h>
