//===- JsonDocument.cpp - JSON files with positions for errors ------------===//
#include "Support/JsonDocument.h"

#include "llvm/ADT/StringExtras.h"

namespace piiflow::support {

std::string childPointer(llvm::StringRef Pointer, llvm::StringRef Token) {
  std::string Out = Pointer.str() + "/";
  for (char C : Token) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

std::string childPointer(llvm::StringRef Pointer, size_t Index) {
  return Pointer.str() + "/" + std::to_string(Index);
}

namespace {

/// Records where each key and value of an already valid JSON text starts.
class PositionScanner {
public:
  PositionScanner(llvm::StringRef Text, llvm::StringMap<TextPos> &Keys,
                  llvm::StringMap<TextPos> &Values)
      : Text(Text), Keys(Keys), Values(Values) {}

  void run() { value(""); }

private:
  llvm::StringRef Text;
  llvm::StringMap<TextPos> &Keys;
  llvm::StringMap<TextPos> &Values;
  size_t I = 0;
  TextPos Pos{1, 1};

  void advance() {
    if (I >= Text.size())
      return;
    if (Text[I] == '\n') {
      ++Pos.Line;
      Pos.Col = 1;
    } else {
      ++Pos.Col;
    }
    ++I;
  }
  void skipSpace() {
    while (I < Text.size() && llvm::isSpace(Text[I]))
      advance();
  }
  std::string string() {
    std::string Out;
    advance(); // opening quote
    while (I < Text.size() && Text[I] != '"') {
      if (Text[I] == '\\') {
        advance();
        if (I < Text.size())
          Out += Text[I];
        advance();
        continue;
      }
      Out += Text[I];
      advance();
    }
    advance(); // closing quote
    return Out;
  }
  void value(const std::string &Pointer) {
    skipSpace();
    if (I >= Text.size())
      return;
    Values[Pointer] = Pos;
    char C = Text[I];
    if (C == '{') {
      advance();
      skipSpace();
      while (I < Text.size() && Text[I] != '}') {
        TextPos KeyPos = Pos;
        std::string Key = string();
        std::string Child = childPointer(Pointer, Key);
        Keys[Child] = KeyPos;
        skipSpace();
        advance(); // ':'
        value(Child);
        skipSpace();
        if (I < Text.size() && Text[I] == ',') {
          advance();
          skipSpace();
        }
      }
      advance();
    } else if (C == '[') {
      advance();
      skipSpace();
      size_t Index = 0;
      while (I < Text.size() && Text[I] != ']') {
        value(childPointer(Pointer, Index++));
        skipSpace();
        if (I < Text.size() && Text[I] == ',') {
          advance();
          skipSpace();
        }
      }
      advance();
    } else if (C == '"') {
      string();
    } else {
      while (I < Text.size() && !llvm::isSpace(Text[I]) && Text[I] != ',' &&
             Text[I] != '}' && Text[I] != ']')
        advance();
    }
  }
};

/// A SAX consumer that only remembers the first syntax error.
struct SyntaxChecker : nlohmann::json_sax<Json> {
  size_t ErrorOffset = 0;
  std::string Message;
  bool Failed = false;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t &) override { return true; }
  bool string(string_t &) override { return true; }
  bool binary(binary_t &) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t &) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t Position, const std::string &LastToken,
                   const nlohmann::detail::exception &Ex) override {
    Failed = true;
    ErrorOffset = Position ? Position - 1 : 0;
    // nlohmann's text reads "[json.exception.parse_error.101] parse error at
    // line 3, column 5: syntax error while parsing object key - ..."; keep
    // the part after the position.
    llvm::StringRef What = Ex.what();
    size_t Colon = What.find(": ");
    Message =
        (Colon == llvm::StringRef::npos ? What : What.substr(Colon + 2)).str();
    return false;
  }
};

const char *typeName(const Json &V) {
  switch (V.type()) {
  case Json::value_t::object:
    return "an object";
  case Json::value_t::array:
    return "an array";
  case Json::value_t::string:
    return "a string";
  case Json::value_t::boolean:
    return "a boolean";
  case Json::value_t::null:
    return "null";
  default:
    return "a number";
  }
}

} // namespace

llvm::Expected<JsonDocument> JsonDocument::parse(llvm::StringRef File,
                                                 llvm::StringRef Text) {
  SyntaxChecker Checker;
  Json::sax_parse(Text.begin(), Text.end(), &Checker);
  if (Checker.Failed)
    return fileError(File, offsetToPos(Text, Checker.ErrorOffset),
                     "error: invalid JSON: " + Checker.Message);
  JsonDocument Doc;
  Doc.File = File.str();
  Doc.Root = Json::parse(Text.begin(), Text.end(), nullptr,
                         /*allow_exceptions=*/false);
  PositionScanner(Text, Doc.KeyPositions, Doc.ValuePositions).run();
  return Doc;
}

llvm::Expected<JsonDocument> JsonDocument::load(llvm::StringRef Path) {
  auto Text = readFile(Path);
  if (!Text)
    return Text.takeError();
  return parse(Path, *Text);
}

TextPos JsonDocument::position(llvm::StringRef Pointer, bool AtKey) const {
  const auto &Map = AtKey ? KeyPositions : ValuePositions;
  auto It = Map.find(Pointer);
  if (It != Map.end())
    return It->second;
  It = ValuePositions.find(Pointer);
  return It != ValuePositions.end() ? It->second : TextPos{};
}

llvm::Error JsonDocument::error(llvm::StringRef Pointer, const llvm::Twine &Msg,
                                bool AtKey) const {
  std::string Where = Pointer.empty() ? "/" : Pointer.str();
  return fileError(File, position(Pointer, AtKey),
                   "error: " + Msg + " (at " + Where + ")");
}

llvm::Error JsonDocument::checkKeys(const Json &Obj, llvm::StringRef Pointer,
                                    llvm::ArrayRef<std::string> Allowed) const {
  for (auto It = Obj.begin(); It != Obj.end(); ++It) {
    const std::string &Key = It.key();
    if (llvm::is_contained(Allowed, Key))
      continue;
    std::string Msg = "unknown key '" + Key + "'";
    if (auto Near = nearest(Key, Allowed))
      Msg += "; did you mean '" + *Near + "'?";
    else
      Msg += "; expected one of: " + llvm::join(Allowed, ", ");
    return error(childPointer(Pointer, Key), Msg, /*AtKey=*/true);
  }
  return llvm::Error::success();
}

llvm::Error JsonDocument::expectObject(const Json &V,
                                       llvm::StringRef Pointer) const {
  if (V.is_object())
    return llvm::Error::success();
  return error(Pointer,
               llvm::Twine("expected an object, found ") + typeName(V));
}

llvm::Error JsonDocument::expectArray(const Json &V,
                                      llvm::StringRef Pointer) const {
  if (V.is_array())
    return llvm::Error::success();
  return error(Pointer, llvm::Twine("expected an array, found ") + typeName(V));
}

llvm::Expected<std::string>
JsonDocument::getString(const Json &V, llvm::StringRef Pointer) const {
  if (!V.is_string())
    return error(Pointer,
                 llvm::Twine("expected a string, found ") + typeName(V));
  return V.get_ref<const std::string &>();
}

llvm::Expected<bool> JsonDocument::getBool(const Json &V,
                                           llvm::StringRef Pointer) const {
  if (!V.is_boolean())
    return error(Pointer,
                 llvm::Twine("expected true or false, found ") + typeName(V));
  return V.get<bool>();
}

llvm::Expected<std::vector<std::string>>
JsonDocument::getStringList(const Json &V, llvm::StringRef Pointer) const {
  if (auto Err = expectArray(V, Pointer))
    return Err;
  std::vector<std::string> Out;
  for (size_t I = 0; I < V.size(); ++I) {
    auto S = getString(V[I], childPointer(Pointer, I));
    if (!S)
      return S.takeError();
    Out.push_back(std::move(*S));
  }
  return Out;
}

llvm::Expected<size_t>
JsonDocument::getChoice(const Json &V, llvm::StringRef Pointer,
                        llvm::ArrayRef<std::string> Choices,
                        llvm::StringRef What) const {
  auto S = getString(V, Pointer);
  if (!S)
    return S.takeError();
  auto It = llvm::find(Choices, *S);
  if (It != Choices.end())
    return It - Choices.begin();
  std::string Msg = "unknown " + What.str() + " '" + *S + "'";
  if (auto Near = nearest(*S, Choices))
    Msg += "; did you mean '" + *Near + "'?";
  else
    Msg += "; expected one of: " + llvm::join(Choices, ", ");
  return error(Pointer, Msg);
}

} // namespace piiflow::support
