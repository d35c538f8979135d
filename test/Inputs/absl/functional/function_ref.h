// Mock <absl/functional/function_ref.h>.
#ifndef MOCK_ABSL_FUNCTIONAL_FUNCTION_REF_H
#define MOCK_ABSL_FUNCTIONAL_FUNCTION_REF_H
namespace absl {
inline namespace lts_20240116 {
template <class Sig> class FunctionRef;
template <class R, class... Args> class FunctionRef<R(Args...)> {
public:
  template <class F> FunctionRef(const F &f) {}
  R operator()(Args... args) const;
};
} // namespace lts_20240116
} // namespace absl
#endif
