// Mock <folly/Function.h>: as in folly, Function takes its call operator from
// detail::function::FunctionTraits with a using-declaration.
#ifndef MOCK_FOLLY_FUNCTION_H
#define MOCK_FOLLY_FUNCTION_H
namespace folly {
namespace detail {
namespace function {
template <class FunctionType> struct FunctionTraits;
template <class R, class... Args> struct FunctionTraits<R(Args...)> {
  R operator()(Args... args);
};
} // namespace function
} // namespace detail

template <class FunctionType>
class Function final : private detail::function::FunctionTraits<FunctionType> {
  using Traits = detail::function::FunctionTraits<FunctionType>;

public:
  Function();
  template <class Fun> Function(Fun fun) {}
  using Traits::operator();
};

template <class FunctionType> class FunctionRef;
template <class R, class... Args> class FunctionRef<R(Args...)> final {
public:
  template <class Fun> FunctionRef(Fun &&fun) {}
  R operator()(Args... args) const;
};
} // namespace folly
#endif
