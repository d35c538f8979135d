// Mock <boost/function.hpp>: boost::function<R(T...)> derives its call
// operator from function_n<R, T...> (variadic Boost.Function) or, with
// PIIFLOW_MOCK_BOOST_FUNCTION_N defined to 0, from function1<R, T0>, as older
// Boost's macro-generated function0 ... function10 do (one argument only).
#ifndef MOCK_BOOST_FUNCTION_HPP
#define MOCK_BOOST_FUNCTION_HPP
#ifndef PIIFLOW_MOCK_BOOST_FUNCTION_N
#define PIIFLOW_MOCK_BOOST_FUNCTION_N 1
#endif
namespace boost {
class function_base {};
#if PIIFLOW_MOCK_BOOST_FUNCTION_N
template <class R, class... T> class function_n : public function_base {
public:
  R operator()(T... a) const;
};
template <class Signature> class function;
template <class R, class... T>
class function<R(T...)> : public function_n<R, T...> {
public:
  function();
  template <class Functor> function(Functor f) {}
};
#else
template <class R, class T0> class function1 : public function_base {
public:
  R operator()(T0 a0) const;
};
template <class Signature> class function;
template <class R, class T0> class function<R(T0)> : public function1<R, T0> {
public:
  function();
  template <class Functor> function(Functor f) {}
};
#endif
} // namespace boost
#endif
