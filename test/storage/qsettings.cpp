// RUN: not piiflow scan %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --implicit-check-not=warning:
// RUN: piiflow scan --policy %S/Inputs/approve-repository.json %s -- -std=c++17 -nostdinc -nostdinc++ -isystem %S/../Inputs | FileCheck %s --check-prefix=APPROVED --allow-empty --implicit-check-not=warning:
// Qt: QSettings::setValue writes its key and value to the settings file
// (or the registry): storage.
#include <QtCore/QSettings>
#include <QtCore/QString>
#include <string>

struct Partner {
  QString email;
  std::string phone;
  int attempts;
};

namespace repo {
void remember(QSettings &settings, const Partner &p) {
  settings.setValue("last/email", p.email);
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.email) from 'Partner::email' reaches storage [pii-storage]
  // CHECK: :[[@LINE-2]]:3: note: reaches storage through 'QSettings::setValue'
  settings.setValue("last/phone", QString::fromStdString(p.phone));
  // CHECK: :[[@LINE-1]]:3: warning: personal data (contact.phone) from 'Partner::phone' reaches storage [pii-storage]
  // APPROVED-NOT: pii-storage
}

void not_personal(QSettings &settings, const Partner &p) {
  // A counter is not personal data; reading and removing store nothing.
  settings.setValue("attempts", p.attempts);
  settings.value("last/email");
  settings.remove("last/phone");
}
} // namespace repo
