// SPDX-License-Identifier: MIT
#pragma once
// A value or an error, shaped like C++23 std::expected so callers can switch later.
// Loading and scheduling report failures through it instead of exceptions: a bad
// file is an expected outcome, not a bug.

#include <cassert>
#include <utility>
#include <variant>

namespace certplan {

template <class E>
struct Unexpected {
    E error;
};

template <class E>
Unexpected<std::decay_t<E>> unexpected(E&& e) { return {std::forward<E>(e)}; }

template <class T, class E>
class Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    template <class G>
    Result(Unexpected<G> e) : m_v(std::in_place_index<1>, std::move(e.error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

// The value of a Result that only reports success or failure.
struct Ok {
};

} // namespace certplan
