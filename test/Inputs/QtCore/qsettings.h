// Mock of Qt's QSettings.
#ifndef MOCK_QSETTINGS_H
#define MOCK_QSETTINGS_H
#include <QtCore/qstring.h>
class QSettings {
public:
  QSettings(const QString &organization, const QString &application = QString());
  void setValue(const QString &key, const QVariant &value);
  QVariant value(const QString &key, const QVariant &defaultValue = QVariant()) const;
  void remove(const QString &key);
  void sync();
};
#endif
