// Mock <absl/functional/any_invocable.h>: as in Abseil, AnyInvocable takes
// its call operator from a base class with a using-declaration.
#ifndef MOCK_ABSL_FUNCTIONAL_ANY_INVOCABLE_H
#define MOCK_ABSL_FUNCTIONAL_ANY_INVOCABLE_H
namespace absl {
inline namespace lts_20240116 {
namespace internal_any_invocable {
template <class Sig> class Impl;
template <class R, class... P> class Impl<R(P...)> {
public:
  R operator()(P... args);
};
} // namespace internal_any_invocable

template <class Sig>
class AnyInvocable : private internal_any_invocable::Impl<Sig> {
  using Impl = internal_any_invocable::Impl<Sig>;

public:
  AnyInvocable();
  template <class F> AnyInvocable(F &&f) {}
  using Impl::operator();
};
} // namespace lts_20240116
} // namespace absl
#endif
