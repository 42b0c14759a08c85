#pragma once
// The sales regions (片区) of the demo company: the mainland provinces by their administrative
// division codes (GB/T 2260), with the cities and counties of the provinces the demo stories
// use, and the rep who owns each province.

#include <span>

namespace sd::demo {

struct RegionSeed {
  const char* code;    // administrative division code
  const char* parent;  // parent's code, or "" for a province
  const char* name;
  const char* level;  // province | city | county
  const char* owner;  // staff code of the owning rep, or "" (the parent's owner serves it)
};

// Parents before children.
std::span<const RegionSeed> DemoRegions();

}  // namespace sd::demo
