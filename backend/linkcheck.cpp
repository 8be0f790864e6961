// SPDX-License-Identifier: GPL-3.0-or-later
// The program of each backend layer's link check (backend/CMakeLists.txt): linked with the whole
// layer and only the layers below it, it fails to link when the layer uses a layer above it.
int main() {
    return 0;
}
