// Mock <sentry.h> (Sentry Native): values are built with sentry_value_new_*
// and filled with sentry_value_set_by_key; the user, tags, extras, contexts,
// breadcrumbs and events are sent to the DSN given at sentry_init.
#ifndef MOCK_SENTRY_H
#define MOCK_SENTRY_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef union sentry_value_u {
  uint64_t _bits;
  double _double;
} sentry_value_t;
typedef struct sentry_uuid_s {
  char bytes[16];
} sentry_uuid_t;
typedef enum sentry_level_e {
  SENTRY_LEVEL_DEBUG = -1,
  SENTRY_LEVEL_INFO = 0,
  SENTRY_LEVEL_ERROR = 2
} sentry_level_t;
typedef struct sentry_options_s sentry_options_t;
sentry_options_t *sentry_options_new(void);
void sentry_options_set_dsn(sentry_options_t *opts, const char *dsn);
int sentry_init(sentry_options_t *options);
sentry_value_t sentry_value_new_object(void);
sentry_value_t sentry_value_new_list(void);
sentry_value_t sentry_value_new_string(const char *value);
sentry_value_t sentry_value_new_int32(int32_t value);
sentry_value_t sentry_value_new_message_event(sentry_level_t level,
                                              const char *logger,
                                              const char *text);
sentry_value_t sentry_value_new_breadcrumb(const char *type,
                                           const char *message);
int sentry_value_set_by_key(sentry_value_t value, const char *k,
                            sentry_value_t v);
int sentry_value_append(sentry_value_t value, sentry_value_t v);
void sentry_set_user(sentry_value_t user);
void sentry_set_tag(const char *key, const char *value);
void sentry_set_extra(const char *key, sentry_value_t value);
void sentry_set_context(const char *key, sentry_value_t value);
void sentry_add_breadcrumb(sentry_value_t breadcrumb);
sentry_uuid_t sentry_capture_event(sentry_value_t event);
#ifdef __cplusplus
}
#endif
#endif
