"""raytrace: a small recursive ray tracer (spheres and a checkered plane,
two point lights, Lambert + Phong shading, shadows, mirror reflections).
Renders a size x size image and prints a checksum and a tiny ASCII preview."""
import sys
from math import sqrt

EPSILON = 1e-5
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def magnitude(self):
        return sqrt(self.dot(self))

    def normalized(self):
        m = self.magnitude()
        return Vector(self.x / m, self.y / m, self.z / m)

    def reflect_through(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def mul(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflect, checker=None):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, point):
        if self.checker is None:
            return self.colour
        if (int(point.x * 2.0 + 1000.0) + int(point.z * 2.0 + 1000.0)) % 2:
            return self.colour
        return self.checker


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.magnitude()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Colour(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.6 + 0.4 * k)
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        mat = obj.material
        base = mat.colour_at(point)
        result = base.scale(self.ambient)
        for light_pos, light_colour in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + base.mul(light_colour).scale(lambert * mat.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    s = 1.0
                    for _ in range(mat.shininess):
                        s *= spec
                    result = result + light_colour.scale(s * mat.specular)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            refl = Ray(point, ray.direction.reflect_through(normal))
            result = result + self.trace(refl, depth + 1).scale(mat.reflect)
        return result


def build_scene():
    scene = Scene()
    scene.objects.append(Sphere(Vector(0.0, 1.0, 5.0), 1.0,
                                Material(Colour(0.9, 0.2, 0.2), 0.8, 0.5, 16, 0.3)))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 6.5), 0.7,
                                Material(Colour(0.2, 0.8, 0.3), 0.9, 0.3, 8, 0.1)))
    scene.objects.append(Sphere(Vector(2.0, 1.5, 7.0), 1.5,
                                Material(Colour(0.8, 0.8, 0.9), 0.3, 0.9, 32, 0.6)))
    scene.objects.append(Sphere(Vector(0.8, 0.35, 3.3), 0.35,
                                Material(Colour(0.9, 0.8, 0.1), 0.9, 0.6, 20, 0.0)))
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Material(Colour(0.9, 0.9, 0.9), 0.7, 0.1, 4, 0.2,
                                        Colour(0.1, 0.1, 0.1))))
    scene.lights.append((Vector(-4.0, 6.0, 1.0), Colour(0.8, 0.8, 0.8)))
    scene.lights.append((Vector(5.0, 4.0, 2.0), Colour(0.5, 0.45, 0.4)))
    return scene


def clamp_byte(v):
    v = int(v * 255.0)
    if v < 0:
        return 0
    if v > 255:
        return 255
    return v


def render(scene, width, height):
    eye = Vector(0.0, 1.4, -1.0)
    pixels = []
    for j in range(height):
        row = []
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = -1.0 + 2.0 * (i + 0.5) / width
            target = Vector(x * 1.2, y * 1.2 + 1.0, 1.5)
            colour = scene.trace(Ray(eye, target - eye), 0)
            row.append((clamp_byte(colour.r), clamp_byte(colour.g), clamp_byte(colour.b)))
        pixels.append(row)
    return pixels


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    pixels = render(build_scene(), size, size)
    checksum = 0
    for row in pixels:
        for (r, g, b) in row:
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 4294967291
    shades = " .:-=+*#%@"
    step = max(1, size // 16)
    for j in range(0, size, step * 2):
        line = []
        for i in range(0, size, step):
            r, g, b = pixels[j][i]
            line.append(shades[(r + g + b) * 10 // 766])
        print("".join(line))
    print("checksum:", checksum)


main()
